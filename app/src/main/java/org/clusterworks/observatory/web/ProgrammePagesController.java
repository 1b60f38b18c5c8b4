package org.clusterworks.observatory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.ObservatoryService;
import org.clusterworks.observatory.core.ProgrammeWave;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.shared.TableExport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The observatory's programme pages, readable by every signed-in user: search and filter, one programme with its
 * values per wave, up to five side by side, and the filtered list as CSV or XLSX.
 */
@Controller
@RequestMapping("/observatory")
final class ProgrammePagesController {

    private final ObservatoryService service;
    private final Filters filters;
    private final org.clusterworks.observatory.links.ProgrammeLinks links;

    ProgrammePagesController(
            ObservatoryService service, Filters filters, org.clusterworks.observatory.links.ProgrammeLinks links) {
        this.links = links;
        this.service = service;
        this.filters = filters;
    }

    @GetMapping
    String list(Filters.Params params, Model model, Locale locale) {
        try {
            var query = filters.query(params);
            model.addAttribute("programmes", service.list(query));
            model.addAttribute("errors", java.util.Map.of());
        } catch (InvalidInput e) {
            model.addAttribute("programmes", List.of());
            model.addAttribute("errors", e.errors());
        }
        filters.addChoices(model, params, locale);
        model.addAttribute("maxCompared", ObservatoryService.MAX_COMPARED);
        return "observatory/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            Filters.Params params, @RequestParam(defaultValue = "csv") String format, Locale locale) {
        var rows = new ArrayList<List<Object>>();
        for (var l : service.list(filters.query(params))) {
            var p = l.programme();
            ProgrammeWave w = l.latest();
            rows.add(java.util.Arrays.asList(
                    p.id(),
                    p.level().id(),
                    p.country(),
                    p.countryName(),
                    p.regionName(),
                    p.nutsCode(),
                    p.name(),
                    p.responsibleBody(),
                    p.url(),
                    w == null ? null : w.waveCode(),
                    w == null ? null : w.duration(),
                    w == null ? null : w.budgetText(),
                    w == null ? null : w.budgetEur(),
                    w == null ? null : w.budgetBasis(),
                    w == null ? null : w.sectoralFocus(),
                    p.source()));
        }
        var table = new TableExport.Table(
                "Programmes",
                List.of(
                        "id",
                        "level",
                        "country",
                        "country_name",
                        "region",
                        "nuts",
                        "name",
                        "responsible_body",
                        "url",
                        "wave",
                        "duration",
                        "budget_as_stated",
                        "budget_eur",
                        "budget_basis",
                        "sectoral_focus",
                        "source"),
                rows,
                "Source: ClusterWorks policy observatory (EOCIC 2019 report data, DOI 10.2826/357551, and later waves)");
        return TableExport.download(List.of(table), format, "observatory-programmes");
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable long id, Model model, Locale locale) {
        var detail = service.detail(id, locale).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("d", detail);
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("editorWorkspace", service.editorWorkspace());
        model.addAttribute("linkedInitiatives", links.count(id));
        return "observatory/programme";
    }

    @GetMapping("/compare")
    String compare(@RequestParam(name = "id", required = false) List<Long> ids, Model model, Locale locale) {
        List<Long> asked = ids == null ? List.of() : ids;
        if (asked.size() > ObservatoryService.MAX_COMPARED) {
            model.addAttribute("tooMany", true);
            asked = asked.subList(0, ObservatoryService.MAX_COMPARED);
        }
        var compared = service.compare(asked, locale);
        model.addAttribute("compared", compared);
        model.addAttribute("rows", compareRows(compared));
        return "observatory/compare";
    }

    /** One dimension of the comparison: each answer given by any compared programme, marked per programme. */
    record CompareRows(Dimension dimension, List<java.util.Map.Entry<String, List<String>>> rows) {}

    private static List<CompareRows> compareRows(List<ObservatoryService.Detail> compared) {
        List<CompareRows> out = new ArrayList<>();
        for (Dimension dim : Dimension.values()) {
            java.util.Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
            for (int i = 0; i < compared.size(); i++) {
                var d = compared.get(i);
                var waves = d.waveCodes();
                if (waves.isEmpty()) {
                    continue;
                }
                String wave = waves.get(waves.size() - 1);
                for (var a : d.of(wave, dim)) {
                    String label = a.other() ? "“" + a.text() + "”" : a.text();
                    var marks = rows.computeIfAbsent(
                            label, k -> new ArrayList<>(java.util.Collections.nCopies(compared.size(), "")));
                    marks.set(i, a.rating());
                }
            }
            if (!rows.isEmpty()) {
                out.add(new CompareRows(dim, List.copyOf(rows.entrySet())));
            }
        }
        return out;
    }
}
