package org.clusterworks.benchmarks;

import java.util.concurrent.TimeUnit;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.strength.StarRating;
import org.clusterworks.analytics.strength.StrengthResult;
import org.clusterworks.analytics.strength.StrengthRules;
import org.clusterworks.analytics.strength.UsClusterMappingStrength;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** U.S. Cluster Mapping strength and ECO stars on one year of 3,200 regions x 67 clusters (51 traded). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class StrengthBenchmark {

    private LabelledMatrix employment;
    private LabelledMatrix establishments;
    private boolean[] traded;

    @Setup
    public void setUp() {
        employment = SyntheticMatrices.employment(3200, 67, 0.9, 3);
        double[] est = employment.values().clone();
        for (int k = 0; k < est.length; k++) {
            est[k] = Math.ceil(est[k] / 12);
        }
        establishments = new LabelledMatrix(employment.rowCodes(), employment.columnCodes(), est);
        traded = new boolean[67];
        for (int c = 0; c < 51; c++) {
            traded[c] = true;
        }
    }

    @Benchmark
    public StrengthResult usClusterMapping() {
        return new UsClusterMappingStrength(StrengthRules.usClusterMapping())
                .evaluate(employment, establishments, traded, null);
    }

    @Benchmark
    public StarRating.Result ecoStars() {
        return StarRating.europeanClusterObservatory().rate(employment, null);
    }
}
