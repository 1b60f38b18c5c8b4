package org.clusterworks.observatory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.Item;
import org.clusterworks.observatory.core.ObservatoryService;
import org.clusterworks.shared.TableExport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The observatory's closed answer lists (the survey instrument the 2019 report implies) in the reader's language,
 * with the national and regional wording and how certain each wording is; downloadable in all three languages.
 */
@Controller
@RequestMapping("/observatory/questionnaire")
final class AnswerListsController {

    private final ObservatoryService service;

    AnswerListsController(ObservatoryService service) {
        this.service = service;
    }

    @GetMapping
    String page(Model model) {
        List<Map.Entry<Dimension, List<Item>>> lists = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            lists.add(Map.entry(d, service.taxonomy().items(d)));
        }
        model.addAttribute("lists", lists);
        return "observatory/questionnaire";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            for (Item i : service.taxonomy().items(d)) {
                rows.add(List.of(
                        d.slug(),
                        i.code(),
                        i.position(),
                        i.labelNational(),
                        i.labelRegional(),
                        i.labelFr(),
                        i.labelSw(),
                        i.certainty()));
            }
        }
        var table = new TableExport.Table(
                "Answer lists",
                List.of(
                        "dimension",
                        "code",
                        "position",
                        "label_national_en",
                        "label_regional_en",
                        "label_fr",
                        "label_sw",
                        "certainty"),
                rows,
                "Reconstructed from EOCIC (2019), DOI 10.2826/357551; certainty V verbatim, Q questionnaire,"
                        + " T paraphrased, I inferred");
        return TableExport.download(List.of(table), format, "observatory-answer-lists");
    }
}
