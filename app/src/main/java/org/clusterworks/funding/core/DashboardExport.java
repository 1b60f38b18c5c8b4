package org.clusterworks.funding.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.funding.core.Domain.Application;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.springframework.stereotype.Component;

/** The funder dashboard as a workbook: one row per application with its call, consortium, money and outcome. */
@Component
class DashboardExport {

    static final List<String> HEADERS = List.of(
            "call",
            "application",
            "lead",
            "lead helix",
            "lead territory",
            "partners",
            "currency",
            "requested",
            "status",
            "eligible",
            "score",
            "decision",
            "grant",
            "paid");

    private final FundingAccess access;
    private final EvaluationService evaluation;
    private final GrantService grants;
    private final WorkflowRepository flow;

    DashboardExport(FundingAccess access, EvaluationService evaluation, GrantService grants, WorkflowRepository flow) {
        this.access = access;
        this.flow = flow;
        this.evaluation = evaluation;
        this.grants = grants;
    }

    byte[] workbook(CurrentWorkspace ws) {
        ws.require(Permission.MANAGE_PROGRAMME);
        var repo = access.repo();
        try (Workbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("applications");
            Sheet answers = wb.createSheet("questionnaire answers");
            Row answersHead = answers.createRow(0);
            List<String> answerHeaders = List.of("call", "application id", "application", "question", "answer");
            for (int i = 0; i < answerHeaders.size(); i++) {
                answersHead.createCell(i).setCellValue(answerHeaders.get(i));
            }
            int ar = 1;
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                head.createCell(i).setCellValue(HEADERS.get(i));
            }
            int r = 1;
            for (var call : repo.calls(ws.id())) {
                Map<Long, BigDecimal> scores = new HashMap<>();
                evaluation
                        .panel(ws, call.id())
                        .forEach(row ->
                                scores.put(row.application().id(), row.panel().score()));
                for (Application a : repo.applications(call.id())) {
                    var lead = access.stakeholders().organisation(ws.id(), a.leadOrgId());
                    var grant = repo.grantOf(a.id());
                    Row row = sheet.createRow(r++);
                    int c = 0;
                    row.createCell(c++).setCellValue(call.titleEn());
                    row.createCell(c++).setCellValue(a.title());
                    row.createCell(c++).setCellValue(lead.map(o -> o.name()).orElse(""));
                    row.createCell(c++)
                            .setCellValue(lead.map(o ->
                                            o.helix() == null ? "" : o.helix().name())
                                    .orElse(""));
                    row.createCell(c++)
                            .setCellValue(lead.map(o -> o.territoryCode()).orElse(""));
                    row.createCell(c++).setCellValue(repo.partners(a.id()).size());
                    row.createCell(c++).setCellValue(call.currency());
                    number(row, c++, a.requested());
                    row.createCell(c++).setCellValue(a.status().name().toLowerCase(Locale.ROOT));
                    if (a.status() == Domain.Status.SUBMITTED) {
                        row.createCell(c).setCellValue(access.eligible(a.id()));
                    }
                    c++;
                    number(row, c++, scores.get(a.id()));
                    row.createCell(c++)
                            .setCellValue(
                                    a.decision() == null ? "" : a.decision().name());
                    number(row, c++, grant.map(Domain.Grant::amount).orElse(null));
                    number(row, c, grant.map(g -> grants.paid(g.id())).orElse(null));
                    for (var answer : flow.answers(a.id()).entrySet()) {
                        Row line = answers.createRow(ar++);
                        line.createCell(0).setCellValue(call.titleEn());
                        line.createCell(1).setCellValue(a.id());
                        line.createCell(2).setCellValue(a.title());
                        line.createCell(3).setCellValue(answer.getKey());
                        line.createCell(4).setCellValue(answer.getValue());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
