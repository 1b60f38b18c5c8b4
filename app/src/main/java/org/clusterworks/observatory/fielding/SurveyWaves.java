package org.clusterworks.observatory.fielding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.observatory.core.Budget;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.Level;
import org.clusterworks.observatory.core.ObservatoryRepository;
import org.clusterworks.observatory.core.Programme;
import org.clusterworks.observatory.core.Taxonomy;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.surveys.RoundStatus;
import org.clusterworks.surveys.SurveyFielding;
import org.clusterworks.surveys.Surveys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observatory waves fielded through the surveys module: launching a wave stores the questionnaire and opens a round
 * for the chosen respondents; when the round closes its responses are checked and imported as the wave, all or
 * nothing.
 */
@Service
public class SurveyWaves {

    private final ObservatoryRepository repository;
    private final SurveyWaveRepository waves;
    private final Instrument instrument;
    private final ResponseMapping mapping;
    private final SurveyFielding fielding;
    private final Surveys surveys;

    SurveyWaves(
            ObservatoryRepository repository,
            SurveyWaveRepository waves,
            Instrument instrument,
            Taxonomy taxonomy,
            SurveyFielding fielding,
            Surveys surveys) {
        this.repository = repository;
        this.waves = waves;
        this.instrument = instrument;
        this.mapping = new ResponseMapping(repository, taxonomy);
        this.fielding = fielding;
        this.surveys = surveys;
    }

    /** The survey waves launched from a workspace, newest first. */
    public List<SurveyWave> all(long workspaceId) {
        return waves.all(workspaceId);
    }

    public Optional<SurveyWave> find(long workspaceId, long waveId) {
        return waves.find(workspaceId, waveId);
    }

    /** The round's personal links. */
    public List<SurveyFielding.PanelLink> panel(SurveyWave w) {
        return fielding.panel(w.workspaceId(), w.roundId());
    }

    /** Whether the wave's round is closed (so it can be imported). */
    public boolean roundClosed(SurveyWave w) {
        return surveys.round(w.workspaceId(), w.roundId())
                .map(r -> r.status() == RoundStatus.CLOSED)
                .orElse(false);
    }

    /**
     * Launches a wave: the questionnaire's variant for {@code level} becomes a questionnaire of the workspace and a
     * round of the initiative opens for the organisations. Returns the wave's id.
     */
    @Transactional
    public long launch(
            long workspaceId, String yearText, String levelText, Long initiativeId, List<Long> organisations) {
        var errors = new InvalidInput.Collector();
        Integer year = null;
        try {
            year = Integer.parseInt(yearText == null ? "" : yearText.strip());
            if (year < 1990 || year > 2100) {
                errors.add("year", "observatory.edit.error.year");
            }
        } catch (NumberFormatException e) {
            errors.add("year", "observatory.edit.error.year");
        }
        Level level = null;
        try {
            level = Level.parse(levelText);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (level != Level.NATIONAL && level != Level.REGIONAL) {
            errors.add("level", "observatory.waves.error.level");
        }
        if (initiativeId == null) {
            errors.add("initiativeId", "observatory.waves.error.initiative");
        }
        if (organisations.isEmpty()) {
            errors.add("organisationId", "observatory.waves.error.respondents");
        }
        errors.throwIfAny();
        String base = "survey-" + year + "-" + level.id();
        String code = base;
        for (int n = 2; repository.wave(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        String title = "Observatory survey " + year + ", " + level.id() + " level";
        byte[] form = instrument.workbook(level, title);
        long questionnaire = fielding.importQuestionnaire(workspaceId, form, title);
        long round =
                fielding.openRound(workspaceId, initiativeId, questionnaire, title + " (" + code + ")", organisations);
        long wave = repository.createWave(
                code, year, level, title, "Survey round " + round + " of the surveys module, wave " + code);
        waves.attach(wave, workspaceId, round);
        return wave;
    }

    /**
     * Imports a closed round as its wave, replacing what the wave held. With problems and {@code leaveOutRefused}
     * false nothing is written and the wave is REFUSED with the problems in its report; with it true the refused
     * responses are left out whole (each listed) and the others imported. Returns the wave, or empty when the round
     * feeds no observatory wave.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<SurveyWave> importRound(long workspaceId, long roundId, boolean leaveOutRefused) {
        Optional<SurveyWave> found = waves.byRound(workspaceId, roundId);
        if (found.isEmpty()) {
            return found;
        }
        SurveyWave w = found.get();
        Level level = Level.parse(w.level());
        List<SurveyFielding.SubmittedResponse> responses = fielding.responses(workspaceId, roundId);
        ResponseMapping.Outcome outcome = mapping.check(level, responses);
        StringBuilder report = new StringBuilder();
        report.append("Submitted responses: ").append(responses.size()).append(". ");
        if (responses.isEmpty()
                || outcome.checked().isEmpty()
                || (!outcome.problems().isEmpty() && !leaveOutRefused)) {
            report.append("Nothing imported");
            report.append(responses.isEmpty() ? ": the round has no submitted response." : ".");
            outcome.problems().forEach(p -> report.append("\n").append(p));
            waves.setStatus(w.id(), SurveyWave.REFUSED, report.toString());
            repository.logImport(w.code(), 0, 0, report.toString());
            return waves.find(workspaceId, w.id());
        }
        repository.clearWave(w.id());
        int answers = write(w, level, outcome.checked());
        report.append(outcome.checked().size())
                .append(" imported (")
                .append(answers)
                .append(" answers).");
        if (!outcome.refused().isEmpty()) {
            report.append(" Left out whole: ")
                    .append(String.join(", ", outcome.refused()))
                    .append('.');
            outcome.problems().forEach(p -> report.append("\n").append(p));
        }
        waves.setStatus(w.id(), SurveyWave.IMPORTED, report.toString());
        repository.logImport(w.code(), outcome.checked().size(), answers, report.toString());
        return waves.find(workspaceId, w.id());
    }

    private int write(SurveyWave w, Level level, List<ResponseMapping.Checked> checked) {
        Map<String, Integer> responseNo = new HashMap<>();
        int answers = 0;
        for (ResponseMapping.Checked c : checked) {
            String source =
                    "Survey wave " + w.code() + " (surveys round " + w.roundId() + "), response " + c.respondent();
            Map<String, String> t = c.texts();
            long programmeId;
            if (c.programmeId() != null) {
                programmeId = c.programmeId();
                Programme p = repository.programme(programmeId).orElseThrow();
                repository.updateProgrammeIdentity(
                        programmeId,
                        p.name(),
                        t.getOrDefault(Instrument.RESPONSIBLE_BODY, p.responsibleBody()),
                        t.getOrDefault(Instrument.URL, p.url()));
            } else {
                programmeId = repository.upsertProgramme(
                        "s" + w.id() + "-" + c.respondent(),
                        level,
                        c.country(),
                        c.regionId(),
                        c.name(),
                        t.get(Instrument.URL),
                        source);
                repository.updateProgrammeIdentity(
                        programmeId, c.name(), t.get(Instrument.RESPONSIBLE_BODY), t.get(Instrument.URL));
            }
            repository.saveProgrammeWave(
                    programmeId,
                    w.id(),
                    t.get(Instrument.DURATION),
                    Budget.parse(t.get(Instrument.BUDGET)),
                    t.get(Instrument.SECTORAL_FOCUS),
                    null,
                    source,
                    "survey " + c.respondent());
            String regionSubject = "R" + c.regionId();
            String countrySubject = "C" + c.country();
            int regionNo = level == Level.REGIONAL ? responseNo.merge(regionSubject, 1, Integer::sum) : 0;
            boolean countryAnswered = false;
            int countryNo = 0;
            for (ResponseMapping.Mapped a : c.answers()) {
                Long programme = null;
                Long region = null;
                String country = null;
                int no = 1;
                if (level == Level.REGIONAL) {
                    region = c.regionId();
                    no = regionNo;
                } else if (a.dimension() == Dimension.SUPPORT_WANTED) {
                    if (!countryAnswered) {
                        countryNo = responseNo.merge(countrySubject, 1, Integer::sum);
                        countryAnswered = true;
                    }
                    country = c.country();
                    no = countryNo;
                } else {
                    programme = programmeId;
                }
                repository.insertAnswer(
                        w.id(),
                        level,
                        programme,
                        region,
                        country,
                        no,
                        a.dimension().code(),
                        a.itemCode(),
                        a.rating(),
                        a.otherText(),
                        source);
                answers++;
            }
        }
        return answers;
    }

    /** The problems of a refused import, for tests and pages. */
    static List<String> lines(String report) {
        return report == null ? List.of() : new ArrayList<>(List.of(report.split("\n")));
    }
}
