package org.clusterworks.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clusterworks.observatory.core.Answer;
import org.clusterworks.observatory.core.Country;
import org.clusterworks.observatory.core.Dimension;
import org.clusterworks.observatory.core.Level;
import org.clusterworks.observatory.core.ObservatoryRepository;
import org.clusterworks.observatory.core.ProgrammeWave;
import org.clusterworks.observatory.core.Region;
import org.clusterworks.observatory.core.Statistic;
import org.clusterworks.observatory.core.Statistics;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The regional programmes' durations (Table 5) and the organisation and delivery of regional cluster support
 * (Table 10) as imported, checked against values read from the report's text ("L" = line of
 * observatory/eocic-2019/report.txt).
 */
@WebTest
class RegionalDeliveryTest {

    private static final String WAVE = "eocic-2018-regional";

    @Autowired
    ObservatoryRepository repository;

    @Autowired
    Statistics statistics;

    private ProgrammeWave inReport(String key) {
        long id = repository.programmeByKey(key).orElseThrow().id();
        return repository.programmeWaves(id).stream()
                .filter(w -> w.waveCode().equals(WAVE))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void table5DurationsLandOnTheirProgrammesDespiteTheColumnShifts() {
        // L819: Wallonie's two programmes share one cell, "Since 2000 Since 2006".
        assertThat(inReport("R-BE3-1").duration()).isEqualTo("Since 2000");
        assertThat(inReport("R-BE3-1").startYear()).isEqualTo(2000);
        assertThat(inReport("R-BE3-1").endYear()).isNull();
        assertThat(inReport("R-BE3-2").duration()).isEqualTo("Since 2006");
        // L827: Lappi's Arctic Smartness, "2012-2020 plus two years".
        assertThat(inReport("R-FI1D7-1").duration()).isEqualTo("2012-2020 plus two years");
        assertThat(inReport("R-FI1D7-1").startYear()).isEqualTo(2012);
        assertThat(inReport("R-FI1D7-1").endYear()).isEqualTo(2020);
        // L869: "Agenda voor Twente" in the Country column, its duration in the Region column.
        assertThat(inReport("R-NL2-3").duration()).isEqualTo("2018-2022");
        // L898: D2N2's programme printed on the Northamptonshire row; L899: Northamptonshire's own programme.
        assertThat(inReport("R-UKF1-3").duration()).isEqualTo("2016-2019");
        assertThat(inReport("R-UKF2-1").duration()).isEqualTo("Since 2017");
        // L861: Piemonte's Regional Innovation Cluster; L886-887: Navarra, "1 year" each (no calendar years).
        assertThat(inReport("R-ITC1-1").duration()).isEqualTo("2015-2019");
        assertThat(inReport("R-ES22-2").duration()).isEqualTo("1 year");
        assertThat(inReport("R-ES22-2").startYear()).isNull();
        // L818 (Flanders) and L821 (Food Network) print no duration.
        assertThat(inReport("R-BE2-1").duration()).isNull();
        assertThat(inReport("R-DK01-1").duration()).isNull();
    }

    /** Region name to the closed item codes (or "other:" + text) of a Table 10 dimension. */
    private Map<String, Set<String>> byRegion(Dimension d) {
        long wave = repository.wave(WAVE).orElseThrow().id();
        Map<Long, String> names = new HashMap<>();
        for (Country c : repository.countries()) {
            for (Region r : repository.regions(c.iso())) {
                names.put(r.id(), r.name());
            }
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (Answer a : repository.answers(d.code(), Level.REGIONAL, wave)) {
            out.computeIfAbsent(names.get(a.regionId()), k -> new TreeSet<>())
                    .add(a.other() ? "other:" + a.otherText() : a.itemCode());
        }
        return out;
    }

    @Test
    void table10DeliveryFramesMatchTheRegionsTheTextNames() {
        Map<String, Set<String>> frames = byRegion(Dimension.DELIVERY_FRAME);
        // L932: national and regional programmes.
        for (String r : List.of("Hovedstaden", "Grand Est", "Normandie", "Lombardia", "Noord-Nederland")) {
            assertThat(frames.get(r)).as(r).containsExactlyInAnyOrder("national", "regional");
        }
        // L932: regional and EU/interregional programmes.
        for (String r : List.of("Lappi", "Berlin", "Piemonte", "Derby, Derbyshire, Nottingham and Nottinghamshire")) {
            assertThat(frames.get(r)).as(r).containsExactlyInAnyOrder("regional", "eu_interregional");
        }
        // L932: all three levels.
        for (String r : List.of(
                "Nouvelle Aquitaine", "Baden-Württemberg", "Saarland", "Norte", "Skåne län", "Oost-Nederland")) {
            assertThat(frames.get(r)).as(r).containsExactlyInAnyOrder("national", "regional", "eu_interregional");
        }
        // L2559: Západné Slovensko's delivery column is blank.
        assertThat(frames).doesNotContainKey("Západné Slovensko");
    }

    @Test
    void table10OrganisationReproducesFigure12AndTheRegionsWithOneDedicatedProgramme() {
        Map<String, Set<String>> forms = byRegion(Dimension.INTERVENTION_FORM);
        // Figure 12 caption L938: "33 answers for 32 regions" (Wallonie's column is blank, L2530).
        assertThat(forms).hasSize(32).doesNotContainKey("Wallonie");
        Statistic s = statistics.compute(Dimension.INTERVENTION_FORM, Level.REGIONAL, WAVE, Locale.ENGLISH);
        assertThat(s.answers()).isEqualTo(32);
        // L932: Regional Innovation Strategies rank higher than regional development programmes or cluster programmes.
        assertThat(s.count("innovation_strategy"))
                .isGreaterThan(s.count("development_programme"))
                .isGreaterThan(s.count("specific_programme"));
        // L940: one dedicated programme or strategy (one closed answer, or only the respondent's own answer).
        Set<String> single = forms.entrySet().stream()
                .filter(e -> {
                    long closed = e.getValue().stream()
                            .filter(v -> !v.startsWith("other:"))
                            .count();
                    return closed == 1 || (closed == 0 && e.getValue().size() == 1);
                })
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(single)
                .containsExactlyInAnyOrder(
                        "Steiermark",
                        "Bayern",
                        "Saarland",
                        "Wielkopolskie",
                        "Západné Slovensko",
                        "Andalucía",
                        "Cataluña",
                        "Noord-Nederland",
                        "Northamptonshire",
                        "Flanders");
        // L940: "Lappi's clusters are fostered under five strategies or programmes".
        assertThat(forms.get("Lappi")).hasSize(5);
        // Table 10 caption L2570: "answers for 33 regions" over its three columns.
        Set<String> any = new TreeSet<>(forms.keySet());
        any.addAll(byRegion(Dimension.DELIVERY_FRAME).keySet());
        any.addAll(byRegion(Dimension.POLICY_LEVEL_LINK).keySet());
        assertThat(any).hasSize(33);
    }
}
