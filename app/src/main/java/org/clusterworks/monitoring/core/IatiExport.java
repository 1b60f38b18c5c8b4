package org.clusterworks.monitoring.core;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Stage;
import org.clusterworks.monitoring.core.Domain.Framework;
import org.clusterworks.monitoring.core.Domain.Indicator;
import org.clusterworks.monitoring.core.Domain.Result;
import org.clusterworks.monitoring.logic.Direction;
import org.clusterworks.monitoring.logic.Level;
import org.clusterworks.monitoring.logic.Period;
import org.clusterworks.monitoring.logic.Unit;
import org.springframework.stereotype.Component;

/**
 * A framework's results as one IATI activity (IATI Activity Standard 2.03, {@code iati-activities/iati-activity}):
 * identifier, reporting organisation, title, description, participating organisation, activity status, planned
 * start and end dates, and one {@code result} per result of the chain (IATI result type 1 output, 2 outcome, 3
 * impact, 9 other for activities and for indicators not linked to a result) with its indicators, baseline, and a
 * {@code period} per framework year with the year's target and actual. Elements follow the order of the 2.03 schema.
 */
@Component
class IatiExport {

    /** IATI organisation type 90: other (the workspace's own type is not recorded). */
    private static final String ORG_TYPE_OTHER = "90";

    private final MonitoringRepository repo;
    private final Dashboards dashboards;

    IatiExport(MonitoringRepository repo, Dashboards dashboards) {
        this.repo = repo;
        this.dashboards = dashboards;
    }

    /**
     * The XML document.
     *
     * @param orgRef the reporting organisation's IATI identifier, prefix of the activity identifier
     * @param initiative the framework's initiative, or null for the programme
     */
    byte[] xml(Framework f, InitiativeSummary initiative, String orgRef, String workspaceName, String description) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            String now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("iati-activities");
            w.writeAttribute("version", "2.03");
            w.writeAttribute("generated-datetime", now);
            w.writeStartElement("iati-activity");
            w.writeAttribute("last-updated-datetime", now);
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
            text(w, "iati-identifier", orgRef + "-" + (initiative == null ? "PROGRAMME" : initiative.id()));
            w.writeStartElement("reporting-org");
            w.writeAttribute("ref", orgRef);
            w.writeAttribute("type", ORG_TYPE_OTHER);
            narrative(w, workspaceName);
            w.writeEndElement();
            String title = initiative == null ? "Cluster development programme of " + workspaceName : initiative.name();
            w.writeStartElement("title");
            narrative(w, title);
            w.writeEndElement();
            w.writeStartElement("description");
            w.writeAttribute("type", "1");
            narrative(w, description);
            w.writeEndElement();
            w.writeStartElement("participating-org");
            w.writeAttribute("role", "4"); // implementing
            w.writeAttribute("type", ORG_TYPE_OTHER);
            narrative(w, workspaceName);
            w.writeEndElement();
            empty(w, "activity-status", "code", status(initiative));
            Period first = f.scheme().year(f.firstYear());
            Period last = f.scheme().year(f.lastYear());
            activityDate(w, "1", first.start().toString()); // planned start
            activityDate(w, "3", last.lastDay().toString()); // planned end
            results(w, f);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** IATI activity status: 1 pipeline/identification until the action plan, 2 implementation after. */
    static String status(InitiativeSummary initiative) {
        if (initiative == null || initiative.stage() == null) {
            return "2";
        }
        return initiative.stage().ordinal() >= Stage.IMPLEMENTATION.ordinal() ? "2" : "1";
    }

    /** IATI result type: 1 output, 2 outcome, 3 impact, 9 other. */
    static String resultType(Level level) {
        if (level == null) {
            return "9";
        }
        return switch (level) {
            case OUTPUT -> "1";
            case OUTCOME -> "2";
            case IMPACT -> "3";
            default -> "9";
        };
    }

    private void results(XMLStreamWriter w, Framework f) throws XMLStreamException {
        Map<Long, List<Dashboards.Row>> byResult = new LinkedHashMap<>();
        List<Dashboards.Row> unlinked = new ArrayList<>();
        for (var row : dashboards.rows(f)) {
            Long r = row.indicator().resultId();
            if (r == null) {
                unlinked.add(row);
            } else {
                byResult.computeIfAbsent(r, k -> new ArrayList<>()).add(row);
            }
        }
        for (Result r : repo.results(f.id())) {
            result(
                    w,
                    f,
                    resultType(r.level()),
                    r.code() + " " + r.statement(),
                    byResult.getOrDefault(r.id(), List.of()));
        }
        if (!unlinked.isEmpty()) {
            result(w, f, "9", "Indicators not linked to a result", unlinked);
        }
    }

    private void result(XMLStreamWriter w, Framework f, String type, String title, List<Dashboards.Row> rows)
            throws XMLStreamException {
        w.writeStartElement("result");
        w.writeAttribute("type", type);
        w.writeStartElement("title");
        narrative(w, title);
        w.writeEndElement();
        for (var row : rows) {
            indicator(w, f, row);
        }
        w.writeEndElement();
    }

    private void indicator(XMLStreamWriter w, Framework f, Dashboards.Row row) throws XMLStreamException {
        Indicator i = row.indicator();
        w.writeStartElement("indicator");
        w.writeAttribute("measure", i.unit() == Unit.PERCENTAGE ? "2" : "1");
        w.writeAttribute("ascending", i.direction() == Direction.LOWER_IS_BETTER ? "0" : "1");
        w.writeStartElement("title");
        narrative(w, i.code() + " " + i.name(Locale.ENGLISH));
        w.writeEndElement();
        if (i.definitionEn() != null) {
            w.writeStartElement("description");
            narrative(w, i.definitionEn());
            w.writeEndElement();
        }
        if (i.baselineValue() != null) {
            w.writeEmptyElement("baseline");
            int year = i.baselineDate() != null ? i.baselineDate().getYear() : f.firstYear() - 1;
            w.writeAttribute("year", Integer.toString(year));
            if (i.baselineDate() != null) {
                w.writeAttribute("iso-date", i.baselineDate().toString());
            }
            w.writeAttribute("value", plain(i.baselineValue()));
        }
        for (var cell : row.years()) {
            if (cell.target() == null && cell.actual() == null) {
                continue;
            }
            Period p = f.scheme().parse(cell.period());
            w.writeStartElement("period");
            empty(w, "period-start", "iso-date", p.start().toString());
            empty(w, "period-end", "iso-date", p.lastDay().toString());
            if (cell.target() != null) {
                empty(w, "target", "value", plain(cell.target()));
            }
            if (cell.actual() != null) {
                empty(w, "actual", "value", plain(cell.actual()));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void narrative(XMLStreamWriter w, String value) throws XMLStreamException {
        text(w, "narrative", value == null || value.isBlank() ? "-" : value);
    }

    private static void empty(XMLStreamWriter w, String name, String attribute, String value)
            throws XMLStreamException {
        w.writeEmptyElement(name);
        w.writeAttribute(attribute, value);
    }

    private static void activityDate(XMLStreamWriter w, String type, String date) throws XMLStreamException {
        w.writeEmptyElement("activity-date");
        w.writeAttribute("type", type);
        w.writeAttribute("iso-date", date);
    }
}
