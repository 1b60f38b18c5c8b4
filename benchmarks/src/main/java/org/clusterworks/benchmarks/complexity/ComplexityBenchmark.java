package org.clusterworks.benchmarks.complexity;

import java.util.concurrent.TimeUnit;
import org.clusterworks.analytics.complexity.BalassaRca;
import org.clusterworks.analytics.complexity.ComplexityScores;
import org.clusterworks.analytics.complexity.EigenvectorComplexity;
import org.clusterworks.analytics.complexity.FitnessComplexity;
import org.clusterworks.analytics.complexity.PresenceMatrix;
import org.clusterworks.analytics.complexity.PresenceRule;
import org.clusterworks.analytics.complexity.ReflectionsComplexity;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.relatedness.CoOccurrence;
import org.clusterworks.analytics.relatedness.MinimumConditionalProbability;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One cross-section of the complexity engine on a synthetic regions x industries matrix (default 3,200 x 1,000).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ComplexityBenchmark}; {@code year} is the target: industry
 * proximity + ECI (eigenvector) + fitness-complexity from the activity matrix, RCA and presence included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
public class ComplexityBenchmark {

    @Param({"3200"})
    int regions;

    @Param({"1000"})
    int industries;

    LabelledMatrix activity;
    LabelledMatrix rca;
    PresenceMatrix presence;

    @Setup
    public void setUp() {
        activity = SyntheticActivity.generate(regions, industries, 42);
        rca = new BalassaRca().compute(activity);
        presence = PresenceRule.atLeast(1).apply(rca);
    }

    @Benchmark
    public LabelledMatrix rca() {
        return new BalassaRca().compute(activity);
    }

    @Benchmark
    public PresenceMatrix presence() {
        return PresenceRule.atLeast(1).apply(rca);
    }

    @Benchmark
    public LabelledMatrix proximity() {
        return new MinimumConditionalProbability().relatedness(CoOccurrence.ofIndustries(presence));
    }

    @Benchmark
    public ComplexityScores eciEigenvector() {
        return new EigenvectorComplexity().compute(presence);
    }

    @Benchmark
    public ComplexityScores eciReflections() {
        return new ReflectionsComplexity().compute(presence);
    }

    @Benchmark
    public ComplexityScores fitness() {
        return new FitnessComplexity().compute(presence);
    }

    /** The target: everything for one year, from the activity matrix. */
    @Benchmark
    public void year(Blackhole bh) {
        PresenceMatrix m = PresenceRule.atLeast(1).apply(new BalassaRca().compute(activity));
        bh.consume(new MinimumConditionalProbability().relatedness(CoOccurrence.ofIndustries(m)));
        bh.consume(new EigenvectorComplexity().compute(m));
        bh.consume(new FitnessComplexity().compute(m));
    }
}
