package org.clusterworks.observatory.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.observatory.core.Country;
import org.clusterworks.observatory.core.Level;
import org.clusterworks.observatory.core.ObservatoryService;
import org.clusterworks.observatory.core.ProgrammeQuery;
import org.clusterworks.shared.TableExport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** Country records: the list with a map of countries with programmes, one country with its fiche, the fiche as PDF. */
@Controller
@RequestMapping("/observatory/countries")
final class CountryPagesController {

    /** ISO 3166 numeric codes (the world map's feature ids) of the observatory's countries. */
    static final Map<String, String> NUMERIC = Map.ofEntries(
            Map.entry("AT", "040"),
            Map.entry("BE", "056"),
            Map.entry("BG", "100"),
            Map.entry("HR", "191"),
            Map.entry("CY", "196"),
            Map.entry("CZ", "203"),
            Map.entry("DK", "208"),
            Map.entry("EE", "233"),
            Map.entry("FI", "246"),
            Map.entry("FR", "250"),
            Map.entry("DE", "276"),
            Map.entry("GR", "300"),
            Map.entry("HU", "348"),
            Map.entry("IS", "352"),
            Map.entry("IE", "372"),
            Map.entry("IT", "380"),
            Map.entry("LV", "428"),
            Map.entry("LT", "440"),
            Map.entry("MT", "470"),
            Map.entry("ME", "499"),
            Map.entry("NL", "528"),
            Map.entry("PL", "616"),
            Map.entry("PT", "620"),
            Map.entry("RO", "642"),
            Map.entry("SK", "703"),
            Map.entry("SI", "705"),
            Map.entry("ES", "724"),
            Map.entry("SE", "752"),
            Map.entry("GB", "826"),
            Map.entry("US", "840"),
            Map.entry("CA", "124"),
            Map.entry("BR", "076"),
            Map.entry("MX", "484"),
            Map.entry("IL", "376"),
            Map.entry("CN", "156"),
            Map.entry("TW", "158"),
            Map.entry("SG", "702"),
            Map.entry("JP", "392"),
            Map.entry("KR", "410"));

    private final ObservatoryService service;
    private final Pdf pdf;
    private final org.clusterworks.observatory.core.FicheTranslations translations;

    CountryPagesController(
            ObservatoryService service, Pdf pdf, org.clusterworks.observatory.core.FicheTranslations translations) {
        this.service = service;
        this.pdf = pdf;
        this.translations = translations;
    }

    /** A country in the list, with how many programmes and regions the observatory holds for it. */
    record Row(Country country, String numeric, int national, int regional, int international, int regions) {}

    /** A region in the list, with how many programmes the observatory holds for it. */
    record RegionRow(org.clusterworks.observatory.core.Region region, String countryName, int programmes) {}

    @GetMapping
    String list(Model model) {
        Map<String, int[]> counts = new HashMap<>();
        Map<Long, Integer> perRegion = new HashMap<>();
        for (var l : service.list(ProgrammeQuery.all())) {
            int[] c = counts.computeIfAbsent(l.programme().country(), k -> new int[3]);
            c[l.programme().level().ordinal()]++;
            if (l.programme().regionId() != null) {
                perRegion.merge(l.programme().regionId(), 1, Integer::sum);
            }
        }
        Map<String, String> names = new HashMap<>();
        service.repository().countries().forEach(c -> names.put(c.iso(), c.name()));
        model.addAttribute(
                "regionRows",
                service.repository().regions(null).stream()
                        .map(r -> new RegionRow(r, names.get(r.country()), perRegion.getOrDefault(r.id(), 0)))
                        .toList());
        Map<String, Integer> regions = new HashMap<>();
        service.repository().regions(null).forEach(r -> regions.merge(r.country(), 1, Integer::sum));
        List<Row> rows = service.repository().countries().stream()
                .map(c -> {
                    int[] n = counts.getOrDefault(c.iso(), new int[3]);
                    return new Row(c, NUMERIC.get(c.iso()), n[0], n[1], n[2], regions.getOrDefault(c.iso(), 0));
                })
                .toList();
        model.addAttribute("rows", rows);
        return "observatory/countries";
    }

    private Country country(String code) {
        return service.repository()
                .country(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Map<String, Object> model(Country c, Locale locale) {
        var programmes =
                service.list(new ProgrammeQuery(null, c.iso(), null, null, null, null, null, null, null, null, null));
        Map<String, Object> m = new HashMap<>();
        m.put("country", c);
        m.put("programmes", programmes);
        m.put("regions", service.repository().regions(c.iso()));
        m.put("fiche", service.repository().fiche(c.iso()));
        m.put("translations", translations.of(c.iso(), locale));
        m.put("countryAnswers", service.repository().answersOfCountry(c.iso()));
        m.put("levels", Level.values());
        return m;
    }

    @GetMapping("/{code}")
    String country(@PathVariable String code, Model model, Locale locale) {
        model.addAllAttributes(model(country(code), locale));
        return "observatory/country";
    }

    @GetMapping("/{code}/fiche.pdf")
    ResponseEntity<byte[]> fichePdf(@PathVariable String code, Locale locale) {
        Country c = country(code);
        byte[] body = pdf.render("observatory/fiche-pdf", model(c, locale), locale);
        return TableExport.file(body, MediaType.APPLICATION_PDF, "country-fiche-" + c.iso() + ".pdf");
    }
}
