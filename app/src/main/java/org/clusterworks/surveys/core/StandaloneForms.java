package org.clusterworks.surveys.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.surveys.FormAnswers;
import org.clusterworks.surveys.FormSheet;
import org.clusterworks.surveys.QuestionnaireForms;
import org.clusterworks.surveys.QuestionnaireRef;
import org.clusterworks.surveys.form.Answers;
import org.clusterworks.surveys.form.Choice;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.clusterworks.surveys.form.ItemType;
import org.clusterworks.surveys.form.QuestionnaireRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Questionnaires filled outside a round, checked by {@link Answers} like the respondent page. */
@Component
class StandaloneForms implements QuestionnaireForms {

    private final QuestionnaireRepository questionnaires;
    private final MessageSource messages;

    StandaloneForms(QuestionnaireRepository questionnaires, MessageSource messages) {
        this.questionnaires = questionnaires;
        this.messages = messages;
    }

    @Override
    public List<QuestionnaireRef> questionnaires(long workspaceId) {
        List<QuestionnaireRef> out = new ArrayList<>();
        for (QuestionnaireRepository.Summary s : questionnaires.all(workspaceId)) {
            questionnaire(workspaceId, s.id()).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public Optional<QuestionnaireRef> questionnaire(long workspaceId, long questionnaireId) {
        return questionnaires
                .find(workspaceId, questionnaireId)
                .map(f -> new QuestionnaireRef(
                        questionnaireId,
                        f.title(),
                        f.questions().size(),
                        f.questions().stream().noneMatch(i -> i.type() == ItemType.ORGANISATIONS)));
    }

    private Form form(long workspaceId, long questionnaireId) {
        return questionnaires
                .find(workspaceId, questionnaireId)
                .orElseThrow(() -> new IllegalArgumentException("No questionnaire " + questionnaireId));
    }

    @Override
    public FormAnswers check(
            long workspaceId, long questionnaireId, Map<String, List<String>> raw, boolean complete, Locale locale) {
        Form form = form(workspaceId, questionnaireId);
        Answers.Outcome outcome = Answers.check(form, raw, (k, w) -> null, List.of(), complete);
        Map<String, String> errors = new LinkedHashMap<>();
        for (Answers.Problem p : outcome.problems()) {
            Item item = form.question(p.question()).orElseThrow();
            String text = p.messageKey().equals("surveys.answer.constraint")
                            && !item.constraintMessage().isEmpty()
                    ? item.constraintMessage().in(locale)
                    : messages.getMessage(p.messageKey(), null, p.messageKey(), locale);
            errors.put(p.question(), text);
        }
        List<FormAnswers.Answered> answered = new ArrayList<>();
        for (Item item : form.questions()) {
            String v = outcome.values().get(item.name());
            if (v != null) {
                answered.add(new FormAnswers.Answered(
                        item.name(), item.label().in(locale), readable(form, item, v, locale)));
            }
        }
        return new FormAnswers(outcome.values(), errors, answered);
    }

    @Override
    public FormAnswers recheck(
            long workspaceId, long questionnaireId, Map<String, String> stored, boolean complete, Locale locale) {
        Form form = form(workspaceId, questionnaireId);
        Map<String, List<String>> raw = new LinkedHashMap<>();
        for (Item item : form.questions()) {
            String v = stored.get(item.name());
            if (v != null) {
                raw.put(item.name(), item.type() == ItemType.SELECT_MULTIPLE ? List.of(v.split(" ")) : List.of(v));
            }
        }
        return check(workspaceId, questionnaireId, raw, complete, locale);
    }

    private static String readable(Form form, Item item, String value, Locale locale) {
        if (!item.type().select() || item.type() == ItemType.ORGANISATIONS) {
            return value;
        }
        List<String> labels = new ArrayList<>();
        for (String name : value.split(" ")) {
            labels.add(form.list(item.listName()).stream()
                    .filter(c -> c.name().equals(name))
                    .map(Choice::label)
                    .map(t -> t.in(locale))
                    .findFirst()
                    .orElse(name));
        }
        return String.join("; ", labels);
    }

    @Override
    public FormSheet sheet(
            long workspaceId,
            long questionnaireId,
            Map<String, String> values,
            Map<String, String> errors,
            Locale locale) {
        FormView view = FormView.of(form(workspaceId, questionnaireId), locale, values, List.of(), List.of(), errors);
        List<FormSheet.Section> sections = new ArrayList<>();
        for (FormView.Section s : view.sections()) {
            List<FormSheet.Question> qs = new ArrayList<>();
            for (FormView.Question q : s.questions()) {
                qs.add(new FormSheet.Question(
                        q.name(),
                        q.kind(),
                        q.label(),
                        q.hint(),
                        q.required(),
                        q.relevant(),
                        q.likert(),
                        q.value(),
                        q.selected(),
                        options(q.choices()),
                        q.error()));
            }
            sections.add(
                    new FormSheet.Section(s.name(), s.label(), s.relevant(), s.matrix(), options(s.columns()), qs));
        }
        return new FormSheet(view.title(), sections);
    }

    private static List<FormSheet.Option> options(List<FormView.Option> options) {
        return options.stream()
                .map(o -> new FormSheet.Option(o.name(), o.label()))
                .toList();
    }
}
