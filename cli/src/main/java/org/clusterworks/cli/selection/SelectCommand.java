package org.clusterworks.cli.selection;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clusterworks.analytics.selection.AhpWeights;
import org.clusterworks.analytics.selection.CriterionScaling;
import org.clusterworks.analytics.selection.Direction;
import org.clusterworks.analytics.selection.DirichletPerturbation;
import org.clusterworks.analytics.selection.MinMaxScaling;
import org.clusterworks.analytics.selection.RankScaling;
import org.clusterworks.analytics.selection.UniformPerturbation;
import org.clusterworks.analytics.selection.WeightPerturbation;
import org.clusterworks.analytics.selection.WeightSensitivity;
import org.clusterworks.analytics.selection.WeightedRanking;
import org.clusterworks.analytics.selection.ZScoreScaling;
import org.clusterworks.cli.ClusterWorksCli;
import org.clusterworks.cli.complexity.BadInputException;
import org.clusterworks.cli.complexity.CsvOutput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clusterworks select}: multi-criteria scoring of candidate clusters with a weight-sensitivity analysis. */
@Command(
        name = "select",
        mixinStandardHelpOptions = true,
        description = {
            "Scores and ranks candidates (e.g. clusters) on several criteria by a weighted sum of scaled criteria, and"
                    + " estimates each candidate's probability of ranking in the top k when the weights are perturbed.",
            "Writes to DIR: scores.csv (candidate,score,rank,p_top_k,mean_rank) and weights.csv (criterion,direction,"
                    + "weight); with --ahp also ahp.csv (lambda_max,ci,ri,cr,consistent: Saaty, CR > 0.1 inconsistent)."
        })
public final class SelectCommand implements Callable<Integer> {

    /** How criteria are put on a common scale. */
    enum Scaling {
        minmax(new MinMaxScaling()),
        zscore(new ZScoreScaling()),
        rank(new RankScaling());

        final CriterionScaling scaling;

        Scaling(CriterionScaling scaling) {
            this.scaling = scaling;
        }
    }

    /** How weights are perturbed. */
    enum Perturbation {
        dirichlet,
        uniform
    }

    static final class WeightsSource {
        @Option(
                names = "--weights",
                split = ",",
                paramLabel = "W",
                description = "One weight per criterion, in --criteria order (normalised to sum 1).")
        List<Double> weights;

        @Option(
                names = "--ahp",
                paramLabel = "FILE",
                description =
                        "AHP pairwise comparison CSV: header 'criterion,<c1>,<c2>,...', one row per criterion; cells numbers or fractions like 1/3.")
        Path ahp;
    }

    @Option(
            names = "--input",
            required = true,
            paramLabel = "FILE",
            description = "Criteria CSV with a header row: one row per candidate.")
    Path input;

    @Option(
            names = "--candidate",
            required = true,
            paramLabel = "COL",
            description = "Column holding the candidate code.")
    String candidate;

    @Option(
            names = "--criteria",
            required = true,
            split = ",",
            paramLabel = "COL",
            description = "Criteria columns (comma-separated).")
    List<String> criteria;

    @Option(
            names = "--cost",
            split = ",",
            paramLabel = "COL",
            description = "Criteria where less is better (default: all are benefits).")
    List<String> costs = new ArrayList<>();

    @ArgGroup(exclusive = true, multiplicity = "1")
    WeightsSource weightsSource;

    @Option(names = "--normalisation", defaultValue = "minmax", description = "minmax (default), zscore or rank.")
    Scaling scaling;

    @Option(
            names = "--top-k",
            defaultValue = "3",
            paramLabel = "K",
            description = "k of the top-k probability (default ${DEFAULT-VALUE}).")
    int topK;

    @Option(
            names = "--draws",
            defaultValue = "1000",
            paramLabel = "N",
            description = "Number of weight draws (default ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--perturbation",
            defaultValue = "dirichlet",
            description = "dirichlet (default: Dirichlet(c w)) or uniform (w (1 + U(-s, s))).")
    Perturbation perturbation;

    @Option(
            names = "--concentration",
            defaultValue = "50",
            paramLabel = "C",
            description = "Dirichlet concentration c; larger is less noise (default ${DEFAULT-VALUE}).")
    double concentration;

    @Option(
            names = "--spread",
            defaultValue = "0.2",
            paramLabel = "S",
            description = "Uniform relative spread s in [0, 1] (default ${DEFAULT-VALUE}).")
    double spread;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            for (String c : costs) {
                if (!criteria.contains(c)) {
                    throw new BadInputException("--cost " + c + " is not one of --criteria " + criteria);
                }
            }
            CriteriaTable table = CriteriaTable.read(input, candidate, criteria);
            int m = criteria.size();
            double[][] scaled = new double[m][];
            Direction[] directions = new Direction[m];
            for (int k = 0; k < m; k++) {
                directions[k] = costs.contains(criteria.get(k)) ? Direction.COST : Direction.BENEFIT;
                scaled[k] = scaling.scaling.scale(table.values()[k], directions[k]);
            }
            AhpWeights.Result ahp = null;
            double[] weights;
            if (weightsSource.ahp != null) {
                ahp = new AhpWeights().compute(CriteriaTable.readAhp(weightsSource.ahp, criteria), m);
                weights = ahp.weights();
            } else {
                if (weightsSource.weights.size() != m) {
                    throw new BadInputException(
                            "--weights has " + weightsSource.weights.size() + " values for " + m + " criteria");
                }
                try {
                    weights = WeightedRanking.normaliseWeights(weightsSource.weights.stream()
                            .mapToDouble(Double::doubleValue)
                            .toArray());
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("--weights: " + e.getMessage());
                }
            }
            int n = table.candidates().length;
            if (topK < 1 || topK > n) {
                throw new BadInputException("--top-k must be between 1 and the number of candidates (" + n + ")");
            }
            if (draws < 1) {
                throw new BadInputException("--draws must be >= 1");
            }
            WeightPerturbation p;
            try {
                p = perturbation == Perturbation.dirichlet
                        ? new DirichletPerturbation(concentration)
                        : new UniformPerturbation(spread);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            WeightedRanking.Result ranking = new WeightedRanking().rank(scaled, weights);
            WeightSensitivity.Result sensitivity = new WeightSensitivity(p).run(scaled, weights, topK, draws, seed);
            final double[] w = weights;
            final AhpWeights.Result a = ahp;
            try (CsvOutput o = new CsvOutput(out)) {
                o.file("scores.csv", new String[] {"candidate", "score", "rank", "p_top_k", "mean_rank"}, pr -> {
                    for (int i = 0; i < n; i++) {
                        pr.printRecord(
                                table.candidates()[i],
                                CsvOutput.number(ranking.scores()[i]),
                                ranking.ranks()[i],
                                CsvOutput.number(sensitivity.topKProbability()[i]),
                                CsvOutput.number(sensitivity.meanRank()[i]));
                    }
                });
                o.file("weights.csv", new String[] {"criterion", "direction", "weight"}, pr -> {
                    for (int k = 0; k < m; k++) {
                        pr.printRecord(criteria.get(k), directions[k].name().toLowerCase(), CsvOutput.number(w[k]));
                    }
                });
                if (a != null) {
                    o.file(
                            "ahp.csv",
                            new String[] {"lambda_max", "ci", "ri", "cr", "consistent"},
                            pr -> pr.printRecord(
                                    CsvOutput.number(a.lambdaMax()),
                                    CsvOutput.number(a.consistencyIndex()),
                                    CsvOutput.number(a.randomIndex()),
                                    CsvOutput.number(a.consistencyRatio()),
                                    a.consistent()));
                }
                o.commit();
            }
            if (a != null && !a.consistent()) {
                err.printf(
                        "clusterworks select: warning: AHP consistency ratio %.3f > %.1f; revise the comparisons%n",
                        a.consistencyRatio(), AhpWeights.CR_LIMIT);
            }
            return 0;
        } catch (BadInputException e) {
            err.println("clusterworks select: " + e.getMessage());
            return ClusterWorksCli.EXIT_BAD_INPUT;
        }
    }
}
