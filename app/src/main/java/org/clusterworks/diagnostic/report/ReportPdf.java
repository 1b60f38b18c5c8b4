package org.clusterworks.diagnostic.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.diagnostic.network.NetworkReport;
import org.clusterworks.stakeholders.Helix;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Renders the diagnostic report as PDF from the structured data, in the reader's language. */
@Component
class ReportPdf {

    private final TemplateEngine templates;

    ReportPdf(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(DiagnosticData data, String workspaceName, Map<String, Double> baseline, Locale locale) {
        Context ctx = new Context(locale);
        ctx.setVariable("d", data);
        ctx.setVariable("workspace", workspaceName);
        ctx.setVariable("today", LocalDate.now());
        ctx.setVariable("baseline", baseline);
        ctx.setVariable("picture", NetworkPicture.dataUri(data.network(), 900));
        Map<String, String> colours = new java.util.LinkedHashMap<>();
        data.network().nodes().stream()
                .map(NetworkReport.NodeMeasures::helix)
                .distinct()
                .sorted()
                .forEach(h -> colours.put(h.name(), NetworkPicture.css(h)));
        ctx.setVariable("colours", colours);
        ctx.setVariable("helices", Helix.values());
        String html = templates.process("diagnostic/report-pdf", ctx);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
