package org.clusterworks.observatory.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the report's figures from the answers: for each item, the number of distinct answers that selected it.
 * An answer is one response of a programme (national and international level), of a region (regional level: the
 * regional survey asked per region, so answers given for a regional programme count for its region) or of a
 * country (questions asked per country, e.g. Table 4, where a country may have given two answers).
 */
@Component
public class Statistics {

    private final ObservatoryRepository repository;
    private final Taxonomy taxonomy;

    public Statistics(ObservatoryRepository repository, Taxonomy taxonomy) {
        this.repository = repository;
        this.taxonomy = taxonomy;
    }

    /** The statistic of {@code waveCode}, or of the latest wave with answers when it is null. */
    public Statistic compute(Dimension dimension, Level level, String waveCode, Locale locale) {
        Optional<Wave> wave = waveCode == null || waveCode.isBlank()
                ? latest(dimension, level)
                : repository
                        .wave(waveCode)
                        .filter(w -> w.level() == null || w.level().equals(level.name()));
        if (wave.isEmpty()) {
            return new Statistic(dimension, level, null, 0, 0, rows(dimension, level, Map.of(), locale), Map.of());
        }
        Map<Long, Long> regionOf = level == Level.REGIONAL ? repository.regionOfProgramme() : Map.of();
        Set<String> answered = new HashSet<>();
        Map<String, Set<String>> selected = new HashMap<>();
        int others = 0;
        for (Answer a : repository.answers(dimension.code(), level, wave.get().id())) {
            String subject = subject(a, level, regionOf);
            answered.add(subject);
            if (a.other()) {
                others++;
            } else if (a.counted()) {
                selected.computeIfAbsent(a.itemCode(), k -> new HashSet<>()).add(subject);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        selected.forEach((k, v) -> counts.put(k, v.size()));
        Map<String, ObservatoryRepository.Published> published = new java.util.LinkedHashMap<>();
        repository.published(dimension.code(), level, wave.get().id()).forEach(p -> published.put(p.itemCode(), p));
        return new Statistic(
                dimension,
                level,
                wave.get(),
                answered.size(),
                others,
                rows(dimension, level, counts, locale),
                published);
    }

    /** The waves that hold answers for a dimension at a level, oldest first. */
    public List<Wave> waves(Dimension dimension, Level level) {
        return repository.wavesWith(dimension.code(), level);
    }

    private Optional<Wave> latest(Dimension dimension, Level level) {
        List<Wave> waves = waves(dimension, level);
        return waves.isEmpty() ? Optional.empty() : Optional.of(waves.get(waves.size() - 1));
    }

    private List<Statistic.Row> rows(Dimension dimension, Level level, Map<String, Integer> counts, Locale locale) {
        return taxonomy.items(dimension).stream()
                .map(i -> new Statistic.Row(i.code(), i.label(level, locale), counts.getOrDefault(i.code(), 0)))
                .toList();
    }

    private static String subject(Answer a, Level level, Map<Long, Long> regionOf) {
        String who;
        if (a.country() != null) {
            who = "C" + a.country();
        } else if (level == Level.REGIONAL) {
            who = "R" + (a.regionId() != null ? a.regionId() : regionOf.get(a.programmeId()));
        } else {
            who = "P" + a.programmeId();
        }
        return who + "#" + a.responseNo();
    }
}
