package org.clusterworks.surveys.core;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clusterworks.surveys.RoundKind;
import org.clusterworks.surveys.SurveyFielding;
import org.clusterworks.surveys.form.FormProblem;
import org.clusterworks.surveys.form.XlsForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link SurveyFielding} on top of the module's own service, so the same checks and audit events apply. */
@Service
@Transactional
class SurveyFieldingService implements SurveyFielding {

    private final SurveyService service;

    SurveyFieldingService(SurveyService service) {
        this.service = service;
    }

    @Override
    public long importQuestionnaire(long workspaceId, byte[] xlsform, String fallbackTitle) {
        XlsForm.Result r = XlsForm.read(new ByteArrayInputStream(xlsform), fallbackTitle);
        if (!r.ok()) {
            throw new IllegalArgumentException(
                    r.problems().stream().map(FormProblem::toString).collect(Collectors.joining("; ")));
        }
        try {
            return service.createQuestionnaire(workspaceId, r.form());
        } catch (SurveyService.FormRefused e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public long openRound(
            long workspaceId, long initiativeId, long questionnaireId, String name, Collection<Long> organisationIds) {
        long round = service.createRound(workspaceId, initiativeId, questionnaireId, name, RoundKind.OTHER, null, null);
        for (Long org : organisationIds) {
            service.addOrganisation(workspaceId, round, org);
        }
        service.open(workspaceId, round);
        return round;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PanelLink> panel(long workspaceId, long roundId) {
        if (service.reader().round(workspaceId, roundId).isEmpty()) {
            return List.of();
        }
        List<PanelLink> out = new ArrayList<>();
        for (Respondent r : service.rounds().respondents(roundId)) {
            out.add(new PanelLink(r.key(), r.organisationId(), "/respond/" + r.token(), r.submitted()));
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SubmittedResponse> responses(long workspaceId, long roundId) {
        if (service.reader().round(workspaceId, roundId).isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> answers = service.rounds().submittedAnswers(roundId);
        List<SubmittedResponse> out = new ArrayList<>();
        for (Respondent r : service.rounds().respondents(roundId)) {
            if (r.submitted()) {
                out.add(new SubmittedResponse(
                        r.key(),
                        r.organisationId(),
                        java.util.Collections.unmodifiableMap(answers.getOrDefault(r.id(), Map.of()))));
            }
        }
        return out;
    }
}
