package org.clusterworks.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.clusterworks.observatory.core.Budget;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.Level;
import org.clusterworks.observatory.core.ObservatoryRepository;
import org.clusterworks.observatory.core.ObservatoryService;
import org.clusterworks.observatory.core.ProgrammeQuery;
import org.clusterworks.observatory.core.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The observatory's repository on a database (run on H2 and on PostgreSQL by the two subclasses): the seeded
 * report data, every filter of the search, values per wave, and the constraints that keep answers consistent.
 */
abstract class ObservatoryPersistenceContract {

    @Autowired
    ObservatoryRepository repository;

    @Autowired
    ObservatoryService service;

    @Autowired
    Statistics statistics;

    private static ProgrammeQuery q(
            Level level,
            String country,
            String objective,
            String type,
            String group,
            Long min,
            Long max,
            Integer year) {
        return new ProgrammeQuery(
                level,
                country,
                null,
                objective,
                type,
                null,
                group,
                min == null ? null : BigDecimal.valueOf(min),
                max == null ? null : BigDecimal.valueOf(max),
                year,
                null);
    }

    @Test
    void theReportIsSeededAtFirstStart() {
        // Other tests of the shared context add their own programmes: count those the report's tables gave.
        assertThat(repository.search(q(Level.NATIONAL, null, null, null, null, null, null, null)).stream()
                        .filter(p -> p.source().startsWith("Table")))
                .hasSize(30);
        assertThat(repository.regions(null)).hasSizeGreaterThanOrEqualTo(38);
        assertThat(repository.fiche("JP"))
                .extracting(f -> f.section())
                .containsExactly("introduction", "development", "programme", "objectives", "achievements", "summary");
        assertThat(repository.items()).hasSize(110); // 98 + 12 items of Table 10
    }

    @Test
    void everyFilterNarrowsTheSearch() {
        // Objectives of regional programmes are answered per region: Hamburg's programme matches social economy.
        assertThat(repository.search(q(Level.REGIONAL, null, "social_economy", null, null, null, null, null)))
                .extracting(p -> p.regionName())
                .contains("Hamburg", "Lappi")
                .doesNotContain("Bayern");
        assertThat(repository.search(q(null, "PL", null, "world_class", "cluster_organisations", null, null, null)))
                .extracting(p -> p.name())
                .contains("Krajowy Klaster Kluczowy");
        assertThat(repository.search(q(Level.NATIONAL, null, null, null, null, 20_000_000L, null, null)))
                .extracting(p -> p.country())
                .containsExactlyInAnyOrder("DK", "DE", "HU", "GB", "FR");
        assertThat(repository.search(q(Level.NATIONAL, "EE", null, null, null, null, null, 2010)))
                .extracting(p -> p.name())
                .containsExactly("Supporting cluster development");
    }

    @Test
    void aProgrammeKeepsItsValuesPerWave() {
        long id = repository.upsertProgramme(
                "TEST-" + System.nanoTime(),
                Level.INTERNATIONAL,
                "SE",
                null,
                "Persistence test programme",
                null,
                "test");
        long w1 = repository.createWave("test-a-" + id, 2030, Level.INTERNATIONAL, "A", "test");
        long w2 = repository.createWave("test-b-" + id, 2031, Level.INTERNATIONAL, "B", "test");
        repository.saveProgrammeWave(id, w1, "2030-2032", Budget.parse("€1m"), "ICT", null, "test", "tester");
        repository.saveProgrammeWave(id, w2, "Since 2031", Budget.parse("€1.5m"), "ICT", "note", "test", "tester");
        repository.insertAnswer(
                w2, Level.INTERNATIONAL, id, null, null, 1, "objective", "visibility", "TOP", null, "t");
        var waves = repository.programmeWaves(id);
        assertThat(waves)
                .extracting(w -> w.budgetEur().stripTrailingZeros().toPlainString())
                .containsExactly("1000000", "1500000");
        assertThat(waves.get(1).startYear()).isEqualTo(2031);
        assertThat(waves.get(1).endYear()).isNull();
        var stat = statistics.compute(Dimension.OBJECTIVE, Level.INTERNATIONAL, "test-b-" + id, Locale.ENGLISH);
        assertThat(stat.answers()).isEqualTo(1);
        assertThat(stat.count("visibility")).isEqualTo(1);
        assertThat(service.detail(id, Locale.FRENCH).orElseThrow().of("test-b-" + id, Dimension.OBJECTIVE))
                .extracting(l -> l.text())
                .containsExactly("Accroître la visibilité des clusters");
    }

    @Test
    void anAnswerNeedsExactlyOneSubjectAndAKnownItem() {
        long wave = repository.wave("eocic-2018-national").orElseThrow().id();
        long id = repository.programmeByKey("SE-1").orElseThrow().id();
        assertThatThrownBy(() -> repository.insertAnswer(
                        wave, Level.NATIONAL, id, null, "SE", 1, "objective", "visibility", "TOP", null, "t"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> repository.insertAnswer(
                        wave, Level.NATIONAL, id, null, null, 1, "objective", "no_such_item", "TOP", null, "t"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> repository.insertAnswer(
                        wave, Level.NATIONAL, id, null, null, 1, "objective", null, "TOP", null, "t"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
