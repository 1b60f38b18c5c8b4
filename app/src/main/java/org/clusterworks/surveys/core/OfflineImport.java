package org.clusterworks.surveys.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.surveys.SurveyRound;
import org.clusterworks.surveys.form.Answers;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** Stores offline answers of many respondents in one transaction: every respondent's answers pass, or none is kept. */
@Service
class OfflineImport {

    private final SurveyService service;

    OfflineImport(SurveyService service) {
        this.service = service;
    }

    /** Checks and submits every respondent's answers; returns the problems (then nothing is stored). */
    @Transactional
    List<String> store(long ws, Map<Respondent, Map<String, List<String>>> answers, long userId) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Respondent, Map<String, List<String>>> e : answers.entrySet()) {
            Respondent r = e.getKey();
            SurveyRound round = service.round(ws, r.roundId());
            Form form = service.form(ws, round.questionnaireId());
            for (String q : e.getValue().keySet()) {
                if (form.question(q).isEmpty()) {
                    problems.add(r.key() + " question '" + q + "': not a question of this questionnaire");
                }
            }
            List<Long> pickable = service.pickable(ws, round, r.organisationId()).stream()
                    .map(StakeholderOrganisation::id)
                    .toList();
            Answers.Outcome outcome = Answers.check(form, e.getValue(), (k, w) -> null, pickable, true);
            for (Answers.Problem p : outcome.problems()) {
                Item item = form.question(p.question()).orElseThrow();
                String text = p.text() != null ? p.text() : p.messageKey().substring("surveys.answer.".length());
                problems.add(r.key() + " question '" + item.name() + "': " + text);
            }
            if (problems.isEmpty()) {
                service.rounds().saveAnswers(r.id(), outcome, true, userId);
            }
        }
        if (!problems.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return problems;
    }
}
