package org.clusterworks.cli.complexity;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import org.clusterworks.analytics.complexity.BalassaRca;
import org.clusterworks.analytics.complexity.ComplexityMeasure;
import org.clusterworks.analytics.complexity.ComplexityScores;
import org.clusterworks.analytics.complexity.EigenvectorComplexity;
import org.clusterworks.analytics.complexity.FitnessComplexity;
import org.clusterworks.analytics.complexity.PresenceMatrix;
import org.clusterworks.analytics.complexity.PresenceRule;
import org.clusterworks.analytics.complexity.ReflectionsComplexity;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.relatedness.CoOccurrence;
import org.clusterworks.analytics.relatedness.MinimumConditionalProbability;
import org.clusterworks.cli.ClusterWorksCli;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clusterworks complexity}: presence, proximity, fitness-complexity and ECI/PCI of one cross-section. */
@Command(
        name = "complexity",
        mixinStandardHelpOptions = true,
        description = {
            "Economic complexity of a region x industry table.",
            "Writes to DIR: mcp.csv (region,industry: cells with RCA >= threshold), proximity_industry.csv and"
                    + " proximity_region.csv (a,b,proximity: each unordered pair once, non-zero only; minimum"
                    + " conditional probability, Hidalgo et al. 2007), fitness_region.csv (region,fitness) and"
                    + " complexity_industry.csv (industry,complexity): Tacchella et al. fitness-complexity as the R"
                    + " package economiccomplexity reports it by default (both vectors start at 1, both updated from"
                    + " the previous iterate and mean-normalised at each step, the 20th iterate counting the start as"
                    + " the first), eci.csv (region,eci) and pci.csv (industry,pci): Growth Lab normalisation"
                    + " (ECI z-score, PCI on the same scale, ECI = mean PCI of a region's industries).",
            "Regions with no industry present and industries present nowhere get an empty score."
        })
public final class ComplexityCommand implements Callable<Integer> {

    /** How ECI/PCI are computed. */
    enum EciMethod {
        eigenvector,
        reflections
    }

    @Mixin
    ActivityOptions options;

    @Option(
            names = "--eci-method",
            defaultValue = "eigenvector",
            description = "eigenvector (default) or reflections (N = 20).")
    EciMethod eciMethod;

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
            ComplexityScores fitness;
            ComplexityScores eci;
            try {
                fitness = new FitnessComplexity().compute(mcp);
                ComplexityMeasure measure =
                        eciMethod == EciMethod.eigenvector ? new EigenvectorComplexity() : new ReflectionsComplexity();
                eci = measure.compute(mcp);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(options.input + ": " + e.getMessage());
            }
            LabelledMatrix industryProximity =
                    new MinimumConditionalProbability().relatedness(CoOccurrence.ofIndustries(mcp));
            LabelledMatrix regionProximity =
                    new MinimumConditionalProbability().relatedness(CoOccurrence.ofRegions(mcp));
            try (CsvOutput out = new CsvOutput(options.out)) {
                out.file("mcp.csv", new String[] {"region", "industry"}, p -> {
                    for (int r = 0; r < mcp.rows(); r++) {
                        for (int c : mcp.industriesOf(r)) {
                            p.printRecord(mcp.rowCode(r), mcp.columnCode(c));
                        }
                    }
                });
                out.file(
                        "proximity_industry.csv",
                        new String[] {"a", "b", "proximity"},
                        p -> pairs(p, industryProximity));
                out.file("proximity_region.csv", new String[] {"a", "b", "proximity"}, p -> pairs(p, regionProximity));
                out.file("fitness_region.csv", new String[] {"region", "fitness"}, p -> regions(p, fitness));
                out.file(
                        "complexity_industry.csv",
                        new String[] {"industry", "complexity"},
                        p -> industries(p, fitness));
                out.file("eci.csv", new String[] {"region", "eci"}, p -> regions(p, eci));
                out.file("pci.csv", new String[] {"industry", "pci"}, p -> industries(p, eci));
                out.commit();
            }
            return 0;
        } catch (BadInputException e) {
            spec.commandLine().getErr().println("clusterworks complexity: " + e.getMessage());
            return ClusterWorksCli.EXIT_BAD_INPUT;
        }
    }

    static void pairs(CSVPrinter p, LabelledMatrix proximity) throws IOException {
        String[] codes = proximity.rowCodes();
        for (int i = 0; i < codes.length; i++) {
            for (int j = i + 1; j < codes.length; j++) {
                double v = proximity.get(i, j);
                if (v > 0) {
                    p.printRecord(codes[i], codes[j], CsvOutput.number(v));
                }
            }
        }
    }

    private static void regions(CSVPrinter p, ComplexityScores s) throws IOException {
        for (int r = 0; r < s.regionCodes().length; r++) {
            p.printRecord(s.regionCodes()[r], CsvOutput.number(s.region(r)));
        }
    }

    private static void industries(CSVPrinter p, ComplexityScores s) throws IOException {
        for (int c = 0; c < s.industryCodes().length; c++) {
            p.printRecord(s.industryCodes()[c], CsvOutput.number(s.industry(c)));
        }
    }
}
