package org.clusterworks.observatory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.Level;
import org.clusterworks.observatory.core.Statistic;
import org.clusterworks.observatory.core.Statistics;
import org.clusterworks.shared.TableExport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Statistics pages that rebuild the report's figures from the database: one dimension at national or regional level
 * in one wave, optionally against another wave, as a chart and a table with the number of answers; exported as
 * CSV, XLSX or PDF (the chart itself saves as PNG in the browser).
 */
@Controller
@RequestMapping("/observatory/statistics")
final class StatisticsPagesController {

    private final Statistics statistics;
    private final Pdf pdf;

    StatisticsPagesController(Statistics statistics, Pdf pdf) {
        this.statistics = statistics;
        this.pdf = pdf;
    }

    record View(Statistic stat, Statistic versus) {}

    private View view(String dimension, String level, String wave, String versus, Locale locale) {
        Dimension d = Dimension.bySlug(dimension).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Level l;
        try {
            l = level == null || level.isBlank() ? Level.NATIONAL : Level.parse(level);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        Statistic s = statistics.compute(d, l, wave, locale);
        Statistic v = versus == null || versus.isBlank() ? null : statistics.compute(d, l, versus, locale);
        return new View(s, v);
    }

    @GetMapping
    String page(
            @RequestParam(defaultValue = "objectives") String dimension,
            @RequestParam(defaultValue = "national") String level,
            @RequestParam(required = false) String wave,
            @RequestParam(required = false) String versus,
            Model model,
            Locale locale) {
        View v = view(dimension, level, wave, versus, locale);
        model.addAttribute("stat", v.stat());
        model.addAttribute("versus", v.versus());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("levels", List.of(Level.NATIONAL, Level.REGIONAL, Level.INTERNATIONAL));
        model.addAttribute(
                "waves", statistics.waves(v.stat().dimension(), v.stat().level()));
        return "observatory/statistics";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "objectives") String dimension,
            @RequestParam(defaultValue = "national") String level,
            @RequestParam(required = false) String wave,
            @RequestParam(required = false) String versus,
            @RequestParam(defaultValue = "csv") String format,
            Locale locale) {
        View v = view(dimension, level, wave, versus, locale);
        Statistic s = v.stat();
        String base = "observatory-" + s.dimension().slug() + "-" + s.level().id();
        if ("pdf".equals(format)) {
            return TableExport.file(
                    pdf.render("observatory/statistics-pdf", java.util.Map.of("stat", s), locale),
                    MediaType.APPLICATION_PDF,
                    base + ".pdf");
        }
        List<String> headers = new ArrayList<>(
                List.of("code", "label", "count", "answers", "share_pct", "published", "published_source"));
        if (v.versus() != null) {
            headers.addAll(List.of(
                    "count_" + v.versus().wave().code(),
                    "answers_" + v.versus().wave().code()));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Statistic.Row r : s.rows()) {
            var pub = s.published().get(r.code());
            List<Object> row = new ArrayList<>(java.util.Arrays.asList(
                    r.code(),
                    r.label(),
                    s.computed() ? r.count() : null,
                    s.answers(),
                    s.computed() ? Math.round(r.share(s.answers()) * 10) / 10.0 : null,
                    pub == null ? null : pub.count(),
                    pub == null ? null : pub.source()));
            if (v.versus() != null) {
                row.add(v.versus().count(r.code()));
                row.add(v.versus().answers());
            }
            rows.add(row);
        }
        String note = "Source: ClusterWorks policy observatory, wave "
                + (s.wave() == null ? "none" : s.wave().code() + " (" + s.wave().source() + ")")
                + "; count = answers with strong/very strong focus, high/very high importance or ticked";
        return TableExport.download(
                List.of(new TableExport.Table(s.dimension().slug(), headers, rows, note)), format, base);
    }
}
