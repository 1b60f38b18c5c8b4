package org.clusterworks.monitoring.core;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.monitoring.core.Domain.Framework;
import org.clusterworks.monitoring.core.Domain.Indicator;
import org.clusterworks.monitoring.core.Domain.Value;
import org.clusterworks.shared.InvalidInput;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Indicators, their values and new values over REST. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}")
@Tag(name = "Monitoring", description = "Indicators of results frameworks, their targets and values")
class MonitoringApiController {

    private final MonitoringService service;
    private final Dashboards dashboards;

    MonitoringApiController(MonitoringService service, Dashboards dashboards) {
        this.service = service;
        this.dashboards = dashboards;
    }

    /** A value in API answers. */
    record ValueDto(
            long id,
            String period,
            String disaggregation,
            double value,
            String status,
            String source,
            String evidence,
            OffsetDateTime enteredAt) {}

    /** An indicator with its baseline, targets and values. */
    record IndicatorDto(
            long id,
            String code,
            String name,
            String definition,
            String unit,
            String currency,
            String direction,
            String accumulation,
            String combine,
            String frequency,
            List<String> disaggregations,
            String source,
            String sourceParameter,
            Double baseline,
            LocalDate baselineDate,
            Map<String, Double> targets,
            Map<String, Double> actualByYear,
            List<ValueDto> values) {}

    /** A value sent to the API; {@code value} is a number (or a string holding one). */
    record ValueRequest(String period, String disaggregation, Object value, String evidence) {}

    static ValueDto dto(Indicator i, Value v) {
        return new ValueDto(
                v.id(),
                v.period(),
                v.disaggregation(),
                v.amount(),
                v.status().name(),
                i.sourceKind().name(),
                v.evidence(),
                v.enteredAt());
    }

    private IndicatorDto dto(Framework f, Indicator i) {
        var row = dashboards.row(f, i);
        Map<String, Double> targets = new java.util.LinkedHashMap<>();
        Map<String, Double> actual = new java.util.LinkedHashMap<>();
        for (var c : row.years()) {
            if (c.target() != null) {
                targets.put(c.period(), c.target());
            }
            if (c.actual() != null) {
                actual.put(c.period(), c.actual());
            }
        }
        var locale = LocaleContextHolder.getLocale();
        return new IndicatorDto(
                i.id(),
                i.code(),
                i.name(locale),
                i.definition(locale),
                i.unit().name(),
                i.currency(),
                i.direction().name(),
                i.accumulation().name(),
                i.combine().name(),
                i.frequency().name(),
                i.disaggregations().stream().map(Enum::name).toList(),
                i.sourceKind().name(),
                i.sourceParam(),
                i.baselineValue(),
                i.baselineDate(),
                targets,
                actual,
                service.repo().values(i.id()).stream().map(v -> dto(i, v)).toList());
    }

    @GetMapping("/initiatives/{id}/indicators")
    @Operation(summary = "The indicators of an initiative's results framework with baseline, targets and values")
    List<IndicatorDto> initiativeIndicators(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        var initiative = service.visibleInitiative(ws, user, id);
        var f = service.repo().frameworkOf(ws.id(), initiative.id());
        return f.map(fr -> service.repo().indicators(fr.id()).stream()
                        .map(i -> dto(fr, i))
                        .toList())
                .orElse(List.of());
    }

    @GetMapping("/programme/indicators")
    @Operation(summary = "The indicators of the programme's results framework, rolled up over its initiatives")
    List<IndicatorDto> programmeIndicators(CurrentWorkspace ws) {
        ws.require(Permission.VIEW);
        var f = service.repo().frameworkOf(ws.id(), null);
        return f.map(fr -> service.repo().indicators(fr.id()).stream()
                        .map(i -> dto(fr, i))
                        .toList())
                .orElse(List.of());
    }

    @GetMapping("/indicators/{id}/values")
    @Operation(summary = "The values of an indicator, optionally of one period (e.g. 2025, 2025-Q1)")
    List<ValueDto> values(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestParam(required = false) String period) {
        var s = service.indicator(ws, user, id, Permission.VIEW, false);
        return service.repo().values(id).stream()
                .filter(v -> period == null || period.isBlank() || v.period().equalsIgnoreCase(period.strip()))
                .map(v -> dto(s.indicator(), v))
                .toList();
    }

    @PostMapping("/indicators/{id}/values")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a value for approval; bad input answers 400 problem+json naming the field")
    ValueDto submit(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestBody(required = false) ValueRequest body) {
        var s = service.indicator(ws, user, id, Permission.MANAGE_INITIATIVES, true);
        if (body == null) {
            throw new InvalidInput(Map.of("body", "input.required"));
        }
        Object raw = body.value();
        if (raw != null && !(raw instanceof Number) && !(raw instanceof String)) {
            throw new InvalidInput(Map.of("value", "input.number"));
        }
        var in = new MonitoringService.ValueInput(
                body.period(), body.disaggregation(), raw == null ? null : raw.toString(), body.evidence());
        service.enter(ws, user, s, in);
        var errors = new InvalidInput.Collector();
        var checked = service.checkValue(s, in, "", errors);
        return dto(
                s.indicator(),
                service.repo()
                        .value(id, checked.period(), checked.disaggregation())
                        .orElseThrow());
    }
}
