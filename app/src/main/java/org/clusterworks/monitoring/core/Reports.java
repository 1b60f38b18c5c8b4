package org.clusterworks.monitoring.core;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.monitoring.core.Domain.Framework;
import org.clusterworks.monitoring.core.Domain.Indicator;
import org.clusterworks.monitoring.core.Domain.Result;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The progress report (PDF, in the reader's language) and the logframe workbook (XLSX) of a framework. */
@Component
class Reports {

    private final MonitoringRepository repo;
    private final Dashboards dashboards;
    private final Views views;
    private final MessageSource messages;
    private final TemplateEngine templates;

    Reports(
            MonitoringRepository repo,
            Dashboards dashboards,
            Views views,
            MessageSource messages,
            TemplateEngine templates) {
        this.repo = repo;
        this.dashboards = dashboards;
        this.views = views;
        this.messages = messages;
        this.templates = templates;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** One indicator line of the report, already formatted. */
    record Line(
            String code,
            String name,
            String level,
            String baseline,
            String target,
            String actual,
            String achievement,
            String light,
            String lightClass) {}

    byte[] pdf(Framework f, String title, String workspaceName) {
        Locale locale = LocaleContextHolder.getLocale();
        var rows = dashboards.rows(f);
        Map<Long, Result> results = new LinkedHashMap<>();
        repo.results(f.id()).forEach(r -> results.put(r.id(), r));
        List<Line> lines = new ArrayList<>();
        for (var r : rows) {
            Indicator i = r.indicator();
            var c = r.latest();
            Result res = i.resultId() == null ? null : results.get(i.resultId());
            lines.add(new Line(
                    i.code(),
                    i.name(locale),
                    res == null ? "" : msg(res.level().messageKey()) + " " + res.code(),
                    views.format(i, i.baselineValue()),
                    c == null ? "–" : views.format(i, c.target()),
                    c == null ? "–" : views.format(i, c.actual()) + " (" + c.label() + ")",
                    c == null ? "–" : views.percent(c.achievement()),
                    c == null ? msg("monitoring.light.none") : msg(c.light().messageKey()),
                    c == null ? "none" : c.light().name().toLowerCase(Locale.ROOT)));
        }
        Context ctx = new Context(locale);
        ctx.setVariable("title", title);
        ctx.setVariable("workspace", workspaceName);
        ctx.setVariable("today", LocalDate.now());
        ctx.setVariable("lines", lines);
        ctx.setVariable("results", results.values());
        ctx.setVariable("lights", Dashboards.lights(rows));
        ctx.setVariable("evaluations", repo.evaluations(f.id()));
        String html = templates.process("monitoring/report-pdf", ctx);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(html, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] logframe(Framework f) {
        Locale locale = LocaleContextHolder.getLocale();
        var rows = dashboards.rows(f);
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet chain = wb.createSheet(msg("monitoring.chain"));
            header(
                    chain,
                    msg("monitoring.result.level"),
                    msg("monitoring.result.code"),
                    msg("monitoring.result.statement"),
                    msg("monitoring.result.assumptions"),
                    msg("monitoring.result.verification"),
                    msg("monitoring.result.planLink"),
                    msg("monitoring.indicators"));
            int n = 1;
            for (Result r : repo.results(f.id())) {
                Row row = chain.createRow(n++);
                row.createCell(0).setCellValue(msg(r.level().messageKey()));
                row.createCell(1).setCellValue(r.code());
                row.createCell(2).setCellValue(r.statement());
                row.createCell(3).setCellValue(r.assumptions() == null ? "" : r.assumptions());
                row.createCell(4).setCellValue(r.verification() == null ? "" : r.verification());
                row.createCell(5).setCellValue(r.planLink() == null ? "" : r.planLink());
                row.createCell(6)
                        .setCellValue(String.join(
                                ", ",
                                rows.stream()
                                        .filter(x -> x.indicator().resultId() != null
                                                && x.indicator().resultId() == r.id())
                                        .map(x -> x.indicator().code())
                                        .toList()));
            }
            Sheet ind = wb.createSheet(msg("monitoring.indicators"));
            List<String> head = new ArrayList<>(List.of(
                    msg("monitoring.indicator.code"),
                    msg("monitoring.indicator.name"),
                    msg("monitoring.indicator.unit"),
                    msg("monitoring.indicator.direction"),
                    msg("monitoring.indicator.sourceKind"),
                    msg("monitoring.baseline")));
            if (!rows.isEmpty()) {
                for (var c : rows.get(0).years()) {
                    head.add(msg("monitoring.target") + " " + c.label());
                    head.add(msg("monitoring.actual") + " " + c.label());
                }
            }
            header(ind, head.toArray(String[]::new));
            n = 1;
            for (var r : rows) {
                Indicator i = r.indicator();
                Row row = ind.createRow(n++);
                row.createCell(0).setCellValue(i.code());
                row.createCell(1).setCellValue(i.name(locale));
                row.createCell(2).setCellValue(msg(i.unit().messageKey()));
                row.createCell(3).setCellValue(msg(i.direction().messageKey()));
                row.createCell(4).setCellValue(msg(i.sourceKind().messageKey()));
                if (i.baselineValue() != null) {
                    row.createCell(5).setCellValue(i.baselineValue());
                }
                int col = 6;
                for (var c : r.years()) {
                    if (c.target() != null) {
                        row.createCell(col).setCellValue(c.target());
                    }
                    if (c.actual() != null) {
                        row.createCell(col + 1).setCellValue(c.actual());
                    }
                    col += 2;
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, String... names) {
        Row h = sheet.createRow(0);
        for (int c = 0; c < names.length; c++) {
            h.createCell(c).setCellValue(names[c]);
        }
    }
}
