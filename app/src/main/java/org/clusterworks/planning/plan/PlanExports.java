package org.clusterworks.planning.plan;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.planning.plan.Domain.ActionLine;
import org.clusterworks.planning.plan.Domain.Objective;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The plan as a PDF (rendered from a Thymeleaf template with openhtmltopdf) and as an XLSX workbook (POI). */
@Component
public class PlanExports {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TemplateEngine templates;
    private final MessageSource messages;

    PlanExports(TemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    public byte[] pdf(PlanService.Plan p) {
        Context ctx = new Context(LocaleContextHolder.getLocale());
        ctx.setVariable("plan", p);
        ctx.setVariable("initiative", p.initiative());
        String html = templates.process("planning/plan-pdf", ctx);
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

    private String t(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }

    public byte[] xlsx(PlanService.Plan p) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Sheet objectives = wb.createSheet(t("planning.objectives"));
            header(
                    objectives,
                    bold,
                    List.of(t("planning.code"), t("planning.title"), t("planning.status"), t("planning.swot-items")));
            int r = 1;
            for (Objective o : p.objectives()) {
                Row row = objectives.createRow(r++);
                row.createCell(0).setCellValue(o.code());
                row.createCell(1).setCellValue(o.title());
                row.createCell(2).setCellValue(t(o.status().messageKey()));
                row.createCell(3)
                        .setCellValue(p.objectiveSwot()
                                .getOrDefault(o.id(), List.of())
                                .size());
            }
            Sheet lines = wb.createSheet(t("planning.action-lines"));
            header(
                    lines,
                    bold,
                    List.of(
                            t("planning.code"),
                            t("planning.title"),
                            t("planning.objective"),
                            t("planning.owner"),
                            t("planning.start"),
                            t("planning.end"),
                            t("planning.budget"),
                            t("planning.currency"),
                            t("planning.members-share"),
                            t("planning.funders-share"),
                            t("planning.status"),
                            t("planning.milestones")));
            r = 1;
            var objectivesById = p.objectiveById();
            for (ActionLine l : p.lines()) {
                Row row = lines.createRow(r++);
                Objective o = l.objectiveId() == null ? null : objectivesById.get(l.objectiveId());
                row.createCell(0).setCellValue(l.code());
                row.createCell(1).setCellValue(l.title());
                row.createCell(2).setCellValue(o == null ? "" : o.code());
                row.createCell(3).setCellValue(p.organisationName(l.ownerOrgId()));
                row.createCell(4).setCellValue(l.startDate().toString());
                row.createCell(5).setCellValue(l.endDate().toString());
                number(row, 6, l.budget());
                row.createCell(7).setCellValue(l.currency() == null ? "" : l.currency());
                number(row, 8, l.membersSharePct());
                number(row, 9, p.fundersShare(l.id()));
                row.createCell(10).setCellValue(t(l.status().messageKey()));
                row.createCell(11)
                        .setCellValue(
                                p.milestones().getOrDefault(l.id(), List.of()).size());
            }
            for (int c = 0; c < 12; c++) {
                lines.autoSizeColumn(c);
            }
            objectives.autoSizeColumn(1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, int col, BigDecimal v) {
        if (v != null) {
            row.createCell(col).setCellValue(v.doubleValue());
        }
    }

    private static void header(Sheet s, CellStyle bold, List<String> titles) {
        Row h = s.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            var cell = h.createCell(c);
            cell.setCellValue(titles.get(c));
            cell.setCellStyle(bold);
        }
    }
}
