package org.clusterworks.observatory.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clusterworks.observatory.Observatory;
import org.clusterworks.observatory.ProgrammeSummary;
import org.clusterworks.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programme search, details, comparison and editing for a new wave; the module's API for other modules. */
@Service
public class ObservatoryService implements Observatory {

    /** At most this many programmes side by side. */
    public static final int MAX_COMPARED = 5;

    private final ObservatoryRepository repository;
    private final Taxonomy taxonomy;
    private final String editorWorkspace;

    public ObservatoryService(
            ObservatoryRepository repository,
            Taxonomy taxonomy,
            @Value("${clusterworks.observatory.editor-workspace:demo}") String editorWorkspace) {
        this.repository = repository;
        this.taxonomy = taxonomy;
        this.editorWorkspace = editorWorkspace;
    }

    /** Whether members of this workspace (with MANAGE_PROGRAMME) edit the observatory. */
    public boolean isEditorWorkspace(String slug) {
        return editorWorkspace.equals(slug);
    }

    public String editorWorkspace() {
        return editorWorkspace;
    }

    public ObservatoryRepository repository() {
        return repository;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    @Override
    public Optional<ProgrammeSummary> programme(long id) {
        return repository.programme(id).map(ObservatoryService::summary);
    }

    @Override
    public List<ProgrammeSummary> search(String text, int limit) {
        var q = new ProgrammeQuery(null, null, null, null, null, null, null, null, null, null, text);
        return repository.search(q).stream()
                .limit(limit)
                .map(ObservatoryService::summary)
                .toList();
    }

    private static ProgrammeSummary summary(Programme p) {
        return new ProgrammeSummary(p.id(), p.level().name(), p.country(), p.regionName(), p.name());
    }

    /** Programmes matching {@code q}, each with its latest wave's values. */
    public List<Listed> list(ProgrammeQuery q) {
        List<Programme> found = repository.search(q);
        var waves = repository.programmeWaves(found.stream().map(Programme::id).toList());
        return found.stream()
                .map(p -> {
                    List<ProgrammeWave> w = waves.getOrDefault(p.id(), List.of());
                    return new Listed(p, w.isEmpty() ? null : w.get(w.size() - 1));
                })
                .toList();
    }

    /** A programme in a list, with its latest values (null when it has none yet). */
    public record Listed(Programme programme, ProgrammeWave latest) {}

    /** Everything about one programme, answers grouped by wave and dimension with labels for {@code locale}. */
    public Optional<Detail> detail(long id, Locale locale) {
        return repository.programme(id).map(p -> detail(p, locale));
    }

    private Detail detail(Programme p, Locale locale) {
        List<ProgrammeWave> waves = repository.programmeWaves(p.id());
        Map<String, Map<Dimension, List<Labelled>>> byWave = new LinkedHashMap<>();
        for (ProgrammeWave w : waves) {
            byWave.put(w.waveCode(), new LinkedHashMap<>());
        }
        for (Answer a : repository.answersOf(p)) {
            Dimension d = Dimension.byCode(a.dimension()).orElseThrow();
            byWave.computeIfAbsent(a.waveCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(d, k -> new ArrayList<>())
                    .add(label(a, p.level(), locale));
        }
        return new Detail(p, waves, byWave);
    }

    private Labelled label(Answer a, Level level, Locale locale) {
        String text = a.other()
                ? a.otherText()
                : taxonomy.item(a.dimension(), a.itemCode())
                        .map(i -> i.label(level, locale))
                        .orElse(a.itemCode());
        return new Labelled(a.itemCode(), text, a.rating(), a.other(), a.regionId() != null, a.source());
    }

    /** An answer ready to show: label (or the respondent's own text), rating and provenance. */
    public record Labelled(String code, String text, String rating, boolean other, boolean perRegion, String source) {}

    /**
     * A programme with its values per wave and its answers per wave and dimension.
     *
     * @param answers wave code to dimension to answers
     */
    public record Detail(
            Programme programme, List<ProgrammeWave> waves, Map<String, Map<Dimension, List<Labelled>>> answers) {

        /** The answers of one dimension in a wave (empty if none). */
        public List<Labelled> of(String wave, Dimension d) {
            return answers.getOrDefault(wave, Map.of()).getOrDefault(d, List.of());
        }

        /** The answers of a dimension over all waves, each item or "other" text once, in first-seen order. */
        public List<Labelled> union(Dimension d) {
            Map<String, Labelled> out = new LinkedHashMap<>();
            for (var byDim : answers.values()) {
                for (Labelled l : byDim.getOrDefault(d, List.of())) {
                    out.putIfAbsent(l.other() ? "other:" + l.text() : l.code(), l);
                }
            }
            return List.copyOf(out.values());
        }

        /** The rating a wave gave to the item (or "other" text) of {@code like}, or null when it did not. */
        public String rating(String wave, Dimension d, Labelled like) {
            return of(wave, d).stream()
                    .filter(l -> like.other()
                            ? l.other() && l.text().equals(like.text())
                            : like.code().equals(l.code()))
                    .map(Labelled::rating)
                    .findFirst()
                    .orElse(null);
        }

        /** The waves that hold values or answers for this programme, in order. */
        public List<String> waveCodes() {
            return List.copyOf(answers.keySet());
        }

        /** The latest wave's values, or null. */
        public ProgrammeWave latest() {
            return waves.isEmpty() ? null : waves.get(waves.size() - 1);
        }

        /** The codes selected (top box or ticked) in a dimension of a wave. */
        public Set<String> selected(String wave, Dimension d) {
            Set<String> out = new java.util.HashSet<>();
            of(wave, d).stream()
                    .filter(l -> !l.other() && Rating.COUNTED.contains(l.rating()))
                    .forEach(l -> out.add(l.code()));
            return out;
        }
    }

    /** Up to {@link #MAX_COMPARED} programmes side by side, in the order asked. */
    public List<Detail> compare(List<Long> ids, Locale locale) {
        if (ids.size() > MAX_COMPARED) {
            throw new InvalidInput(Map.of("id", "observatory.compare.too-many"));
        }
        return ids.stream()
                .distinct()
                .map(id -> repository.programme(id))
                .flatMap(Optional::stream)
                .map(p -> detail(p, locale))
                .toList();
    }

    /** The dimensions an editor sets per programme for a wave. */
    public static final List<Dimension> EDITABLE = List.of(
            Dimension.OBJECTIVE,
            Dimension.SME_FOCUS,
            Dimension.CLUSTER_TYPE,
            Dimension.POLICY_RELATION,
            Dimension.MEASURE,
            Dimension.SUPPORT_TYPE,
            Dimension.FUNDING_SOURCE,
            Dimension.IMPLEMENTING_ACTOR,
            Dimension.TARGET_GROUP);

    /**
     * Records a programme's values and answers for a wave (creating the wave when {@code newWaveYear} is given),
     * replacing what that wave held for it. Returns the wave code.
     */
    @Transactional
    public String saveWave(long programmeId, EditInput in, String editor) {
        Programme p = repository.programme(programmeId).orElseThrow();
        var errors = new InvalidInput.Collector();
        Wave wave = null;
        if (in.newWaveYear() != null && !in.newWaveYear().isBlank()) {
            Integer year = null;
            try {
                year = Integer.parseInt(in.newWaveYear().strip());
            } catch (NumberFormatException e) {
                errors.add("newWaveYear", "observatory.edit.error.year");
            }
            if (year != null && (year < 1990 || year > 2100)) {
                errors.add("newWaveYear", "observatory.edit.error.year");
            }
            if (year != null && !errors.has("newWaveYear")) {
                String code = "observatory-" + year + "-" + p.level().id();
                wave = repository.wave(code).orElse(null);
                if (wave == null) {
                    repository.createWave(
                            code,
                            year,
                            p.level(),
                            "Observatory survey " + year + ", " + p.level().id() + " level",
                            "Entered by observatory editors");
                    wave = repository.wave(code).orElseThrow();
                }
            }
        } else {
            wave = repository.wave(in.wave() == null ? "" : in.wave()).orElse(null);
            if (wave == null) {
                errors.add("wave", "observatory.edit.error.wave");
            }
        }
        if (in.name() == null || in.name().isBlank()) {
            errors.add("name", "observatory.edit.error.name");
        } else if (in.name().length() > 600) {
            errors.add("name", "observatory.edit.error.too-long");
        }
        if (in.url() != null && !in.url().isBlank() && !in.url().strip().matches("(?i)https?://\\S+")) {
            errors.add("url", "observatory.edit.error.url");
        }
        for (var e : in.selected().entrySet()) {
            Dimension d = Dimension.byCode(e.getKey()).orElse(null);
            if (d == null) {
                errors.add(e.getKey(), "observatory.edit.error.item");
                continue;
            }
            for (String code : e.getValue()) {
                if (taxonomy.item(d.code(), code).isEmpty()) {
                    errors.add(d.code(), "observatory.edit.error.item");
                }
            }
        }
        errors.throwIfAny();
        repository.updateProgrammeIdentity(p.id(), in.name().strip(), in.responsibleBody(), in.url());
        repository.saveProgrammeWave(
                p.id(),
                wave.id(),
                in.duration(),
                Budget.parse(in.budget()),
                in.sectoralFocus(),
                in.otherText(),
                "Edited by " + editor,
                editor);
        repository.deleteProgrammeAnswers(p.id(), wave.id());
        String source = "Edited by " + editor;
        for (var e : in.selected().entrySet()) {
            Dimension d = Dimension.byCode(e.getKey()).orElseThrow();
            for (String code : e.getValue()) {
                repository.insertAnswer(
                        wave.id(),
                        p.level(),
                        p.id(),
                        null,
                        null,
                        1,
                        d.code(),
                        code,
                        d.rated() ? Rating.TOP : Rating.TICK,
                        null,
                        source);
            }
        }
        return wave.code();
    }

    /**
     * What an editor sends for a programme in a wave.
     *
     * @param wave an existing wave's code, used when {@code newWaveYear} is blank
     * @param selected dimension code to the item codes selected (top box or ticked)
     */
    public record EditInput(
            String wave,
            String newWaveYear,
            String name,
            String responsibleBody,
            String url,
            String duration,
            String budget,
            String sectoralFocus,
            String otherText,
            Map<String, List<String>> selected) {}
}
