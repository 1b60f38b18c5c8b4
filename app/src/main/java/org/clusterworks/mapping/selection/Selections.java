package org.clusterworks.mapping.selection;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.analytics.selection.AhpWeights;
import org.clusterworks.analytics.selection.Direction;
import org.clusterworks.analytics.selection.DirichletPerturbation;
import org.clusterworks.analytics.selection.MinMaxScaling;
import org.clusterworks.analytics.selection.WeightSensitivity;
import org.clusterworks.analytics.selection.WeightedRanking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cluster selection exercises: candidate clusters with their mapping figures, criteria (mapping figures and
 * qualitative criteria scored 1-5 by several stakeholders), weights given directly or by AHP, a weighted ranking with
 * the engine's weight sensitivity, agreement between scorers, and the recorded decision.
 */
@Service
public class Selections {

    public static final List<String> MAPPING_KINDS = List.of("lq", "employment", "growth", "region_share");

    public record Selection(
            long id,
            String name,
            Long datasetId,
            String region,
            Integer period,
            String method,
            String decision,
            String rationale,
            String decidedBy,
            OffsetDateTime decidedAt) {}

    public record Candidate(String code, String name, Double lq, Double employment, Double growth, Double regionShare) {
        Double value(String kind) {
            return switch (kind) {
                case "lq" -> lq;
                case "employment" -> employment;
                case "growth" -> growth;
                case "region_share" -> regionShare;
                default -> null;
            };
        }
    }

    public record Criterion(int no, String name, String kind, double weight) {
        public boolean qualitative() {
            return "qualitative".equals(kind);
        }
    }

    public record Score(String candidate, int criterion, String scorer, int score, String note) {}

    /** One candidate's line of the ranking. */
    public record Ranked(Candidate candidate, double[] raw, double score, int rank, double topK, double meanRank) {}

    /** Per qualitative criterion: scorers and the mean standard deviation of their scores across candidates. */
    public record Agreement(String criterion, int scorers, double meanSd) {}

    public record Ranking(List<Ranked> rows, int k, int draws, List<Agreement> agreement, List<String> missing) {}

    private final JdbcClient jdbc;

    Selections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Selection> list(long ws) {
        return jdbc.sql("""
                        select id, name, dataset_id, region, period, method, decision, rationale, decided_by, decided_at
                        from map_selection where workspace_id = :ws order by created_at desc""")
                .param("ws", ws)
                .query((rs, n) -> new Selection(
                        rs.getLong(1),
                        rs.getString(2),
                        (Long) rs.getObject(3, Long.class),
                        rs.getString(4),
                        (Integer) rs.getObject(5, Integer.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class)))
                .list();
    }

    public Optional<Selection> find(long ws, long id) {
        return list(ws).stream().filter(s -> s.id() == id).findFirst();
    }

    @Transactional
    public long create(
            long ws,
            String name,
            Long datasetId,
            String region,
            Integer period,
            String method,
            List<Candidate> candidates,
            List<Criterion> criteria) {
        jdbc.sql("""
                        insert into map_selection (workspace_id, name, dataset_id, region, period, method, created_at)
                        values (:ws, :name, :ds, :region, :period, :method, :now)""")
                .param("ws", ws)
                .param("name", name)
                .param("ds", datasetId)
                .param("region", region)
                .param("period", period)
                .param("method", method)
                .param("now", OffsetDateTime.now())
                .update();
        long id = jdbc.sql("select max(id) from map_selection where workspace_id = :ws")
                .param("ws", ws)
                .query(Long.class)
                .single();
        candidates.forEach(c -> addCandidate(id, c));
        for (Criterion c : criteria) {
            jdbc.sql("""
                            insert into map_selection_criterion (selection_id, sort_no, name, kind, weight)
                            values (:id, :no, :name, :kind, :w)""")
                    .param("id", id)
                    .param("no", c.no())
                    .param("name", c.name())
                    .param("kind", c.kind())
                    .param("w", c.weight())
                    .update();
        }
        return id;
    }

    public void addCandidate(long id, Candidate c) {
        jdbc.sql("""
                        insert into map_selection_candidate (selection_id, code, name, lq, employment, growth, region_share)
                        values (:id, :code, :name, :lq, :emp, :growth, :share)""")
                .param("id", id)
                .param("code", c.code())
                .param("name", c.name())
                .param("lq", c.lq())
                .param("emp", c.employment())
                .param("growth", c.growth())
                .param("share", c.regionShare())
                .update();
    }

    public List<Candidate> candidates(long id) {
        return jdbc.sql("""
                        select code, name, lq, employment, growth, region_share from map_selection_candidate
                        where selection_id = :id order by name""")
                .param("id", id)
                .query((rs, n) -> new Candidate(
                        rs.getString(1),
                        rs.getString(2),
                        (Double) rs.getObject(3, Double.class),
                        (Double) rs.getObject(4, Double.class),
                        (Double) rs.getObject(5, Double.class),
                        (Double) rs.getObject(6, Double.class)))
                .list();
    }

    public List<Criterion> criteria(long id) {
        return jdbc.sql("select sort_no, name, kind, weight from map_selection_criterion where selection_id = :id"
                        + " order by sort_no")
                .param("id", id)
                .query((rs, n) -> new Criterion(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getDouble(4)))
                .list();
    }

    public List<Score> scores(long id) {
        return jdbc.sql("""
                        select candidate_code, criterion_no, scorer, score, note from map_selection_score
                        where selection_id = :id order by scorer, candidate_code, criterion_no""")
                .param("id", id)
                .query((rs, n) ->
                        new Score(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
                .list();
    }

    public void setWeights(long id, double[] weights) {
        double[] w = WeightedRanking.normaliseWeights(weights);
        List<Criterion> cs = criteria(id);
        for (int k = 0; k < cs.size(); k++) {
            jdbc.sql("update map_selection_criterion set weight = :w where selection_id = :id and sort_no = :no")
                    .param("w", w[k])
                    .param("id", id)
                    .param("no", cs.get(k).no())
                    .update();
        }
    }

    /** AHP weights from the upper triangle of judgements (a_ij for i < j, row by row); stores them. */
    public AhpWeights.Result ahp(long id, double[] upper) {
        int n = criteria(id).size();
        double[] a = new double[n * n];
        int u = 0;
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 1;
            for (int j = i + 1; j < n; j++) {
                a[i * n + j] = upper[u];
                a[j * n + i] = 1 / upper[u];
                u++;
            }
        }
        AhpWeights.Result r = new AhpWeights().compute(a, n);
        setWeights(id, r.weights());
        jdbc.sql("update map_selection set ahp_json = :j where id = :id")
                .param("j", java.util.Arrays.toString(upper) + " CR=" + r.consistencyRatio())
                .param("id", id)
                .update();
        return r;
    }

    public void saveScore(long id, String scorer, String candidate, int criterion, int score, String note) {
        jdbc.sql("""
                        delete from map_selection_score where selection_id = :id and candidate_code = :c
                        and criterion_no = :k and scorer = :s""")
                .param("id", id)
                .param("c", candidate)
                .param("k", criterion)
                .param("s", scorer)
                .update();
        jdbc.sql("""
                        insert into map_selection_score (selection_id, candidate_code, criterion_no, scorer, score, note)
                        values (:id, :c, :k, :s, :score, :note)""")
                .param("id", id)
                .param("c", candidate)
                .param("k", criterion)
                .param("s", scorer)
                .param("score", score)
                .param("note", note == null || note.isBlank() ? null : note.strip())
                .update();
    }

    public void decide(long id, String decision, String rationale, String by) {
        jdbc.sql("""
                        update map_selection set decision = :d, rationale = :r, decided_by = :by, decided_at = :now
                        where id = :id""")
                .param("d", decision)
                .param("r", rationale)
                .param("by", by)
                .param("now", OffsetDateTime.now())
                .param("id", id)
                .update();
    }

    /** Ranks the candidates: raw values per criterion (qualitative = mean score), min-max scaled, weighted sum. */
    public Ranking rank(long id) {
        List<Candidate> cands = candidates(id);
        List<Criterion> crit = criteria(id);
        List<Score> scores = scores(id);
        int n = cands.size();
        int m = crit.size();
        List<String> missing = new ArrayList<>();
        if (n < 2 || m == 0) {
            return new Ranking(List.of(), 0, 0, List.of(), List.of());
        }
        Map<String, Integer> ci = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ci.put(cands.get(i).code(), i);
        }
        double[][] raw = new double[m][n];
        double[][] sum = new double[m][n];
        int[][] count = new int[m][n];
        Map<Integer, Integer> critIndex = new HashMap<>();
        for (int k = 0; k < m; k++) {
            critIndex.put(crit.get(k).no(), k);
        }
        Map<Integer, Map<String, Map<String, Integer>>> byCrit = new LinkedHashMap<>();
        for (Score s : scores) {
            Integer k = critIndex.get(s.criterion());
            Integer i = ci.get(s.candidate());
            if (k != null && i != null) {
                sum[k][i] += s.score();
                count[k][i]++;
                byCrit.computeIfAbsent(k, x -> new HashMap<>())
                        .computeIfAbsent(s.scorer(), x -> new HashMap<>())
                        .put(s.candidate(), s.score());
            }
        }
        for (int k = 0; k < m; k++) {
            Criterion c = crit.get(k);
            for (int i = 0; i < n; i++) {
                if (c.qualitative()) {
                    raw[k][i] = count[k][i] == 0 ? 3 : sum[k][i] / count[k][i];
                    if (count[k][i] == 0) {
                        missing.add(cands.get(i).name() + " / " + c.name());
                    }
                } else {
                    Double v = cands.get(i).value(c.kind());
                    raw[k][i] = v == null || !Double.isFinite(v) ? 0 : v;
                }
            }
        }
        double[][] scaled = new double[m][];
        double[] weights = new double[m];
        for (int k = 0; k < m; k++) {
            scaled[k] = new MinMaxScaling().scale(raw[k], Direction.BENEFIT);
            weights[k] = crit.get(k).weight();
        }
        weights = WeightedRanking.normaliseWeights(weights);
        WeightedRanking.Result r = new WeightedRanking().rank(scaled, weights);
        int k = Math.min(3, n);
        int draws = 2000;
        WeightSensitivity.Result s =
                new WeightSensitivity(new DirichletPerturbation(50)).run(scaled, weights, k, draws, 42L);
        List<Ranked> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] col = new double[m];
            for (int q = 0; q < m; q++) {
                col[q] = raw[q][i];
            }
            rows.add(new Ranked(
                    cands.get(i), col, r.scores()[i], r.ranks()[i], s.topKProbability()[i], s.meanRank()[i]));
        }
        rows.sort(java.util.Comparator.comparingInt(Ranked::rank));
        List<Agreement> agreement = new ArrayList<>();
        for (int q = 0; q < m; q++) {
            if (!crit.get(q).qualitative()) {
                continue;
            }
            Map<String, Map<String, Integer>> byScorer = byCrit.getOrDefault(q, Map.of());
            double sdSum = 0;
            int sdCount = 0;
            for (Candidate c : cands) {
                List<Integer> v = new ArrayList<>();
                byScorer.values().forEach(mp -> {
                    Integer x = mp.get(c.code());
                    if (x != null) {
                        v.add(x);
                    }
                });
                if (v.size() >= 2) {
                    double mean =
                            v.stream().mapToInt(Integer::intValue).average().orElse(0);
                    double var =
                            v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (v.size() - 1);
                    sdSum += Math.sqrt(var);
                    sdCount++;
                }
            }
            agreement.add(
                    new Agreement(crit.get(q).name(), byScorer.size(), sdCount == 0 ? Double.NaN : sdSum / sdCount));
        }
        return new Ranking(rows, k, draws, agreement, missing);
    }
}
