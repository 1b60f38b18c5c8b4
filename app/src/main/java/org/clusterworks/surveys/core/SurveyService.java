package org.clusterworks.surveys.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusterworks.identity.AuditEvent;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.StakeholderOrganisation;
import org.clusterworks.stakeholders.StakeholderPerson;
import org.clusterworks.stakeholders.Stakeholders;
import org.clusterworks.surveys.RoundClosed;
import org.clusterworks.surveys.RoundKind;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyRound;
import org.clusterworks.surveys.form.Answers;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.FormProblem;
import org.clusterworks.surveys.form.FormRules;
import org.clusterworks.surveys.form.QuestionnaireRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Questionnaires, rounds, panels and responses: every write of the surveys module goes through here. */
@Service
@Transactional
class SurveyService {

    /** A thrown refusal of a form, listing every problem. */
    static final class FormRefused extends RuntimeException {
        final List<FormProblem> problems;

        FormRefused(List<FormProblem> problems) {
            super(problems.stream().map(FormProblem::toString).collect(Collectors.joining("; ")));
            this.problems = problems;
        }
    }

    /** A respondent as the round page shows them. */
    public record PanelEntry(Respondent respondent, String organisation, String person) {}

    private final QuestionnaireRepository questionnaires;
    private final RoundRepository rounds;
    private final SurveysReader reader;
    private final Initiatives initiatives;
    private final Stakeholders stakeholders;
    private final ApplicationEventPublisher events;
    private final CollectedAnswers collected;

    SurveyService(
            QuestionnaireRepository questionnaires,
            RoundRepository rounds,
            SurveysReader reader,
            Initiatives initiatives,
            Stakeholders stakeholders,
            ApplicationEventPublisher events,
            CollectedAnswers collected) {
        this.collected = collected;
        this.questionnaires = questionnaires;
        this.rounds = rounds;
        this.reader = reader;
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
        this.events = events;
    }

    QuestionnaireRepository questionnaires() {
        return questionnaires;
    }

    RoundRepository rounds() {
        return rounds;
    }

    SurveysReader reader() {
        return reader;
    }

    Initiatives initiatives() {
        return initiatives;
    }

    Stakeholders stakeholders() {
        return stakeholders;
    }

    // Questionnaires

    long createQuestionnaire(long ws, Form form) {
        List<FormProblem> problems = FormRules.check(form);
        if (!problems.isEmpty()) {
            throw new FormRefused(problems);
        }
        long id = questionnaires.create(ws, form);
        events.publishEvent(
                new AuditEvent(ws, AuditEvent.Action.CREATED, "questionnaire", Long.toString(id), form.title()));
        return id;
    }

    Form form(long ws, long questionnaireId) {
        return questionnaires.find(ws, questionnaireId).orElseThrow(NotFound::new);
    }

    /**
     * Replaces a questionnaire's content after checking it; refused when answers already collected in its rounds
     * would be lost (a question removed or hidden, a chosen choice gone, a constraint they no longer meet).
     */
    void updateQuestionnaire(long ws, long questionnaireId, Form form) {
        List<FormProblem> problems = FormRules.check(form);
        if (!problems.isEmpty()) {
            throw new FormRefused(problems);
        }
        Form before = form(ws, questionnaireId);
        List<CollectedAnswers.Loss> losses = collected.lostBy(ws, questionnaireId, before, form);
        if (!losses.isEmpty()) {
            throw new CollectedAnswers.WouldBreak(losses);
        }
        if (!questionnaires.replace(ws, questionnaireId, form)) {
            throw new NotFound();
        }
        events.publishEvent(new AuditEvent(
                ws, AuditEvent.Action.CHANGED, "questionnaire", Long.toString(questionnaireId), form.title()));
    }

    boolean inUse(long ws, long questionnaireId) {
        return rounds.all(ws).stream()
                .anyMatch(r -> r.questionnaireId() == questionnaireId && r.status() != RoundStatus.DRAFT);
    }

    // Rounds

    long createRound(
            long ws,
            long initiativeId,
            long questionnaireId,
            String name,
            RoundKind kind,
            LocalDate opens,
            LocalDate closes) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (initiatives.find(ws, initiativeId).isEmpty()) {
            errors.add("initiativeId", "surveys.round.initiative-required");
        }
        if (questionnaires.find(ws, questionnaireId).isEmpty()) {
            errors.add("questionnaireId", "surveys.round.questionnaire-required");
        }
        if (name == null || name.isBlank() || name.length() > 300) {
            errors.add("name", "surveys.round.name-required");
        }
        if (opens != null && closes != null && closes.isBefore(opens)) {
            errors.add("closesOn", "surveys.round.dates");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.errors());
        }
        long id = rounds.createRound(ws, initiativeId, questionnaireId, name.strip(), kind, opens, closes);
        events.publishEvent(new AuditEvent(ws, AuditEvent.Action.CREATED, "survey-round", Long.toString(id), name));
        return id;
    }

    SurveyRound round(long ws, long roundId) {
        return reader.round(ws, roundId).orElseThrow(NotFound::new);
    }

    /** Adds the initiative's active member organisations (or their people) not yet in the panel; returns how many. */
    int addMembers(long ws, long roundId, boolean people) {
        SurveyRound round = round(ws, roundId);
        List<Long> members = initiatives.activeMembers(ws, round.initiativeId(), LocalDate.now());
        List<Respondent> existing = rounds.respondents(roundId);
        int added = 0;
        if (people) {
            Set<Long> have = existing.stream()
                    .map(Respondent::personId)
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            for (StakeholderPerson p : stakeholders.peopleOf(ws, members)) {
                if (have.add(p.id())) {
                    rounds.addRespondent(roundId, p.organisationId(), p.id(), false);
                    added++;
                }
            }
        } else {
            Set<Long> have = existing.stream()
                    .filter(r -> r.personId() == null)
                    .map(Respondent::organisationId)
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            for (Long org : members) {
                if (have.add(org)) {
                    rounds.addRespondent(roundId, org, null, false);
                    added++;
                }
            }
        }
        return added;
    }

    void addOrganisation(long ws, long roundId, long organisationId) {
        round(ws, roundId);
        if (stakeholders.organisation(ws, organisationId).isEmpty()) {
            throw new InvalidInput(Map.of("organisationId", "surveys.round.organisation-unknown"));
        }
        rounds.addRespondent(roundId, organisationId, null, false);
    }

    void open(long ws, long roundId) {
        SurveyRound r = round(ws, roundId);
        if (r.status() == RoundStatus.CLOSED) {
            throw new InvalidInput(Map.of("status", "surveys.round.already-closed"));
        }
        rounds.setStatus(ws, roundId, RoundStatus.OPEN);
    }

    void close(long ws, long roundId) {
        SurveyRound r = round(ws, roundId);
        if (r.status() != RoundStatus.CLOSED) {
            rounds.setStatus(ws, roundId, RoundStatus.CLOSED);
            events.publishEvent(
                    new AuditEvent(ws, AuditEvent.Action.CHANGED, "survey-round", Long.toString(roundId), "closed"));
            events.publishEvent(new RoundClosed(ws, r.initiativeId(), roundId));
        }
    }

    void setMinCell(long ws, long roundId, int minCell) {
        round(ws, roundId);
        if (minCell < 1 || minCell > 100) {
            throw new InvalidInput(Map.of("minCell", "surveys.round.min-cell"));
        }
        rounds.setMinCell(roundId, minCell);
    }

    String enablePublicLink(long ws, long roundId) {
        round(ws, roundId);
        return rounds.publicToken(roundId).orElseGet(() -> {
            String t = RoundRepository.token();
            rounds.setPublicToken(roundId, t);
            return t;
        });
    }

    List<PanelEntry> panel(long ws, long roundId) {
        List<Respondent> list = rounds.respondents(roundId);
        Map<Long, String> orgs = new LinkedHashMap<>();
        stakeholders
                .organisations(
                        ws,
                        list.stream()
                                .map(Respondent::organisationId)
                                .filter(java.util.Objects::nonNull)
                                .toList())
                .forEach(o -> orgs.put(o.id(), o.name()));
        Map<Long, String> people = new LinkedHashMap<>();
        stakeholders
                .people(
                        ws,
                        list.stream()
                                .map(Respondent::personId)
                                .filter(java.util.Objects::nonNull)
                                .toList())
                .forEach(p -> people.put(p.id(), p.fullName()));
        List<PanelEntry> out = new ArrayList<>();
        for (Respondent r : list) {
            out.add(new PanelEntry(r, orgs.get(r.organisationId()), people.get(r.personId())));
        }
        return out;
    }

    // Responses

    /** The organisations a respondent may name in an organisation picker: the initiative's members but their own. */
    List<StakeholderOrganisation> pickable(long ws, SurveyRound round, Long ownOrganisation) {
        List<Long> ids = new ArrayList<>(initiatives.activeMembers(ws, round.initiativeId(), LocalDate.now()));
        ids.remove(ownOrganisation);
        return stakeholders.organisations(ws, ids);
    }

    /** The respondent behind a personal link, with the round; empty for an unknown token. */
    Optional<Respondent> byToken(String token) {
        if (token == null || token.length() < 20 || token.length() > 64) {
            return Optional.empty();
        }
        return rounds.byToken(token);
    }

    /** Starts an anonymous response on a round's public link; empty when the link is unknown or the round not open. */
    Optional<Respondent> startAnonymous(String publicToken) {
        if (publicToken == null || publicToken.length() < 20 || publicToken.length() > 64) {
            return Optional.empty();
        }
        return rounds.roundByPublicToken(publicToken).flatMap(r -> {
            SurveyRound round = round(r[1], r[0]);
            if (round.status() != RoundStatus.OPEN) {
                return Optional.empty();
            }
            long id = rounds.addRespondent(r[0], null, null, true);
            return rounds.respondent(r[0], id);
        });
    }

    long workspaceOf(Respondent r) {
        return rounds.workspaceOfRound(r.roundId());
    }

    /**
     * Checks and stores a respondent's answers (a draft when {@code submit} is false); returns the outcome, whose
     * problems mean nothing was stored.
     */
    Answers.Outcome answer(
            long ws,
            Respondent respondent,
            Map<String, List<String>> raw,
            java.util.function.BiFunction<String, String, String> sub,
            boolean submit,
            Long enteredBy) {
        SurveyRound round = round(ws, respondent.roundId());
        if (round.status() != RoundStatus.OPEN) {
            throw new InvalidInput(Map.of("status", "surveys.round.not-open"));
        }
        Form form = form(ws, round.questionnaireId());
        List<Long> pickable = pickable(ws, round, respondent.organisationId()).stream()
                .map(StakeholderOrganisation::id)
                .toList();
        Answers.Outcome outcome = Answers.check(form, raw, sub, pickable, submit);
        if (outcome.problems().isEmpty()) {
            rounds.saveAnswers(respondent.id(), outcome, submit, enteredBy);
        }
        return outcome;
    }

    /** Thrown for an id that is not in the workspace: the pages answer 404. */
    static final class NotFound extends org.springframework.web.server.ResponseStatusException {
        NotFound() {
            super(org.springframework.http.HttpStatus.NOT_FOUND, "No such questionnaire, round or respondent");
        }
    }
}
