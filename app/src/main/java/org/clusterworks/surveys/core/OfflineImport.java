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
    private final org.springframework.context.MessageSource messages;

    OfflineImport(SurveyService service, org.springframework.context.MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    /** Checks and submits every respondent's answers; returns the problems (then nothing is stored). */
    @Transactional
    List<String> store(
            long ws,
            Map<Respondent, Map<String, List<String>>> answers,
            Map<String, String> where,
            long userId,
            java.util.Locale locale) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Respondent, Map<String, List<String>>> e : answers.entrySet()) {
            Respondent r = e.getKey();
            SurveyRound round = service.round(ws, r.roundId());
            Form form = service.form(ws, round.questionnaireId());
            for (String q : e.getValue().keySet()) {
                if (form.question(q).isEmpty()) {
                    problems.add(where.getOrDefault(r.key() + "/" + q, r.key()) + " column question: '" + q
                            + "' is not a question of this questionnaire");
                }
            }
            List<Long> pickable = service.pickable(ws, round, r.organisationId()).stream()
                    .map(StakeholderOrganisation::id)
                    .toList();
            Answers.Outcome outcome = Answers.check(form, e.getValue(), (k, w) -> null, pickable, true);
            for (Answers.Problem p : outcome.problems()) {
                Item item = form.question(p.question()).orElseThrow();
                String text = p.messageKey().equals("surveys.answer.constraint")
                                && !item.constraintMessage().isEmpty()
                        ? item.constraintMessage().in(locale)
                        : messages.getMessage(p.messageKey(), null, p.messageKey(), locale);
                String at = where.getOrDefault(
                        r.key() + "/" + item.name(), r.key() + " (question " + item.name() + " missing)");
                problems.add(at + " column answer: " + item.name() + ": " + text);
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
