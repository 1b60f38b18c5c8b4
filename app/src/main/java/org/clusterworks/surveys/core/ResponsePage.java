package org.clusterworks.surveys.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyRound;
import org.clusterworks.surveys.form.Answers;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills and reads the questionnaire page, shared by the public personal link and by enumerator entry. */
@Component
class ResponsePage {

    private final SurveyService service;
    private final MessageSource messages;

    ResponsePage(SurveyService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    /** Puts the form, the respondent's saved answers (or those just sent) and errors in the model. */
    void fill(
            Model model,
            long ws,
            Respondent respondent,
            Locale locale,
            Map<String, String> values,
            List<Answers.Tie> ties,
            Map<String, String> errors) {
        SurveyRound round = service.round(ws, respondent.roundId());
        Form form = service.form(ws, round.questionnaireId());
        Map<String, String> v = values != null ? values : service.rounds().answers(respondent.id());
        List<Answers.Tie> t = ties != null ? ties : service.rounds().ties(respondent.id());
        model.addAttribute("round", round);
        model.addAttribute("respondent", respondent);
        model.addAttribute(
                "form",
                FormView.of(form, locale, v, t, service.pickable(ws, round, respondent.organisationId()), errors));
        model.addAttribute("errors", errors);
        model.addAttribute("open", round.status() == RoundStatus.OPEN);
    }

    /** Reads the form parameters: {@code q.name} answers, {@code f.name.org} and {@code t.name.org} sub-answers. */
    static Map<String, List<String>> raw(Map<String, String[]> params) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("q.")) {
                raw.put(k.substring(2), List.of(v));
            }
        });
        return raw;
    }

    static String sub(Map<String, String[]> params, String key, String which) {
        String[] v = params.get((which.equals("frequency") ? "f." : "t.") + key);
        return v == null || v.length == 0 ? null : v[0];
    }

    /** Checks and stores; returns the error messages by question (empty when stored). */
    Map<String, String> save(
            Model model,
            long ws,
            Respondent respondent,
            Map<String, String[]> params,
            boolean submit,
            Long enteredBy,
            Locale locale) {
        Map<String, List<String>> raw = raw(params);
        Answers.Outcome outcome = service.answer(ws, respondent, raw, (k, w) -> sub(params, k, w), submit, enteredBy);
        Map<String, String> errors = errors(ws, respondent, outcome, locale);
        if (!errors.isEmpty()) {
            Map<String, String> echo = new LinkedHashMap<>();
            raw.forEach((k, v) -> echo.put(k, String.join(" ", v)));
            fill(model, ws, respondent, locale, echo, outcome.ties(), errors);
        }
        return errors;
    }

    private Map<String, String> errors(long ws, Respondent respondent, Answers.Outcome outcome, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (outcome.problems().isEmpty()) {
            return errors;
        }
        Form form = service.form(ws, service.round(ws, respondent.roundId()).questionnaireId());
        for (Answers.Problem p : outcome.problems()) {
            Item item = form.question(p.question()).orElseThrow();
            String text = p.messageKey().equals("surveys.answer.constraint")
                            && !item.constraintMessage().isEmpty()
                    ? item.constraintMessage().in(locale)
                    : messages.getMessage(p.messageKey(), null, p.messageKey(), locale);
            errors.put(p.question(), text);
        }
        return errors;
    }
}
