package org.clusterworks.cli.complexity;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.clusterworks.analytics.complexity.BalassaRca;
import org.clusterworks.analytics.complexity.PresenceMatrix;
import org.clusterworks.analytics.complexity.PresenceRule;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.relatedness.AssociationStrength;
import org.clusterworks.analytics.relatedness.CoOccurrence;
import org.clusterworks.analytics.relatedness.CosineSimilarity;
import org.clusterworks.analytics.relatedness.DiversificationOpportunity;
import org.clusterworks.analytics.relatedness.DiversificationRanking;
import org.clusterworks.analytics.relatedness.JaccardIndex;
import org.clusterworks.analytics.relatedness.MinimumConditionalProbability;
import org.clusterworks.analytics.relatedness.ProbabilityIndex;
import org.clusterworks.analytics.relatedness.RelatednessDensity;
import org.clusterworks.analytics.relatedness.RelatednessMeasure;
import org.clusterworks.cli.ClusterWorksCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clusterworks relatedness}: relatedness density and ranked diversification opportunities. */
@Command(
        name = "relatedness",
        mixinStandardHelpOptions = true,
        description = {
            "Relatedness density of every region x industry and the industries each region lacks, ranked.",
            "Writes to DIR: density.csv (region,industry,present,density: 100 * sum_j M_cj phi_ji / sum_j phi_ji,"
                    + " Hidalgo et al. 2007 / EconGeo relatedness_density, unrounded) and opportunities.csv"
                    + " (region,industry,density,rank: industries with M_cp = 0, highest density first).",
            "phi is industry proximity (minimum conditional probability) or one of EconGeo's relatedness()"
                    + " normalisations of co-occurrence."
        })
public final class RelatednessCommand implements Callable<Integer> {

    /** The industry-industry relatedness used for density. */
    enum Measure {
        proximity(new MinimumConditionalProbability()),
        prob(new ProbabilityIndex()),
        association(new AssociationStrength()),
        cosine(new CosineSimilarity()),
        jaccard(new JaccardIndex());

        final RelatednessMeasure measure;

        Measure(RelatednessMeasure measure) {
            this.measure = measure;
        }
    }

    @Mixin
    ActivityOptions options;

    @Option(
            names = "--measure",
            defaultValue = "proximity",
            description = "proximity (default), prob, association, cosine or jaccard.")
    Measure measure;

    @Option(
            names = "--top",
            defaultValue = "0",
            paramLabel = "N",
            description = "Keep the N best opportunities per region (0 = all).")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try {
            LabelledMatrix activity = new ActivityTableReader(options.sumDuplicates)
                    .read(options.input, options.region, options.industry, options.value);
            PresenceRule rule =
                    options.strict ? PresenceRule.above(options.threshold) : PresenceRule.atLeast(options.threshold);
            PresenceMatrix mcp = rule.apply(new BalassaRca().compute(activity));
            LabelledMatrix phi = measure.measure.relatedness(CoOccurrence.ofIndustries(mcp));
            LabelledMatrix density = new RelatednessDensity().compute(mcp, phi);
            List<DiversificationOpportunity> ranked = new DiversificationRanking().rank(mcp, density);
            try (CsvOutput out = new CsvOutput(options.out)) {
                out.file("density.csv", new String[] {"region", "industry", "present", "density"}, p -> {
                    for (int r = 0; r < mcp.rows(); r++) {
                        for (int c = 0; c < mcp.columns(); c++) {
                            p.printRecord(
                                    mcp.rowCode(r),
                                    mcp.columnCode(c),
                                    mcp.isPresent(r, c) ? 1 : 0,
                                    CsvOutput.number(density.get(r, c)));
                        }
                    }
                });
                out.file("opportunities.csv", new String[] {"region", "industry", "density", "rank"}, p -> {
                    for (DiversificationOpportunity o : ranked) {
                        if (top <= 0 || o.rank() <= top) {
                            p.printRecord(o.region(), o.industry(), CsvOutput.number(o.density()), o.rank());
                        }
                    }
                });
                out.commit();
            }
            return 0;
        } catch (BadInputException e) {
            spec.commandLine().getErr().println("clusterworks relatedness: " + e.getMessage());
            return ClusterWorksCli.EXIT_BAD_INPUT;
        }
    }
}
