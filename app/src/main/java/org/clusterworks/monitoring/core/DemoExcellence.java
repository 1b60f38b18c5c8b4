package org.clusterworks.monitoring.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clusterworks.identity.DemoData;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.monitoring.core.ExcellenceRepository.Score;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: two excellence self-assessments of the Arusha cluster organisation a year apart (the later one better in
 * most areas, with gaps left) and two labels, one expired and one valid. Dates are relative to the seeding day.
 */
@Component
@Order(62)
class DemoExcellence implements ApplicationRunner {

    /** Scores of the first and second assessment, in the catalogue's indicator order (S1..A3). */
    private static final int[] FIRST = {2, 3, 1, 2, 1, 2, 1, 0, 1, 2, 1, 1, 2, 1, 1, 1, 1, 0};

    private static final int[] SECOND = {3, 3, 2, 3, 2, 3, 2, 1, 1, 3, 3, 2, 3, 2, 2, 2, 2, 2};

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final Initiatives initiatives;
    private final ExcellenceRepository repo;
    private final ExcellenceCatalogue catalogue;

    DemoExcellence(
            DemoData demo,
            JdbcClient jdbc,
            Initiatives initiatives,
            ExcellenceRepository repo,
            ExcellenceCatalogue catalogue) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.initiatives = initiatives;
        this.repo = repo;
        this.catalogue = catalogue;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.active()) {
            return;
        }
        Long ws = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (ws == null) {
            return;
        }
        InitiativeSummary arusha = initiatives.all(ws).stream()
                .filter(i -> i.name().equals("Arusha Horticulture Cluster"))
                .findFirst()
                .orElse(null);
        if (arusha == null || !repo.assessments(ws, arusha.id()).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now();
        List<String> codes = catalogue.codes();
        long first = repo.insert(ws, arusha.id(), today.minusYears(1).minusDays(20), 70, null, "manager");
        repo.replaceScores(first, scores(codes, FIRST, "Board minutes of the first general assembly"));
        long second = repo.insert(
                ws,
                arusha.id(),
                today.minusDays(20),
                70,
                "Second self-assessment, before applying for a label.",
                "manager");
        repo.replaceScores(second, scores(codes, SECOND, "Annual report and member survey"));
        repo.insertLabel(
                ws,
                arusha.id(),
                "National cluster recognition",
                "Registered",
                today.minusYears(3),
                today.minusMonths(2));
        repo.insertLabel(
                ws,
                arusha.id(),
                "Regional innovation cluster",
                "Member network",
                today.minusMonths(8),
                today.plusYears(2));
    }

    private static List<Score> scores(List<String> codes, int[] values, String evidence) {
        List<Score> out = new ArrayList<>();
        for (int k = 0; k < codes.size(); k++) {
            int v = values[k % values.length];
            out.add(new Score(codes.get(k), v, v >= 2 ? evidence + " (" + codes.get(k) + ")" : null));
        }
        return out;
    }
}
