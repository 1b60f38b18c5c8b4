package org.clusterworks.benchmarks;

import java.util.concurrent.TimeUnit;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.specialisation.EntropyDecomposition;
import org.clusterworks.analytics.specialisation.GiniSpecialisation;
import org.clusterworks.analytics.specialisation.KrugmanSpecialisation;
import org.clusterworks.analytics.specialisation.LocationQuotient;
import org.clusterworks.analytics.specialisation.LocationalGini;
import org.clusterworks.analytics.specialisation.ShiftShare;
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

/** Specialisation, concentration and shift-share measures on one 3,200 x 1,000 cross-section (27% filled). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SpecialisationBenchmark {

    private LabelledMatrix base;
    private LabelledMatrix last;
    private int[] sectors;

    @Setup
    public void setUp() {
        base = SyntheticMatrices.employment(3200, 1000, 0.27, 1);
        last = SyntheticMatrices.employment(3200, 1000, 0.27, 2);
        sectors = new int[1000];
        for (int i = 0; i < sectors.length; i++) {
            sectors[i] = i / 40;
        }
    }

    @Benchmark
    public LabelledMatrix locationQuotient() {
        return LocationQuotient.onTotal().compute(base);
    }

    @Benchmark
    public double[] krugman() {
        return new KrugmanSpecialisation().compute(base);
    }

    @Benchmark
    public double[] giniSpecialisation() {
        return new GiniSpecialisation().compute(base);
    }

    @Benchmark
    public double[] locationalGini() {
        return new LocationalGini().compute(base);
    }

    @Benchmark
    public EntropyDecomposition.Variety[] relatedVariety() {
        return new EntropyDecomposition(sectors).compute(base);
    }

    @Benchmark
    public ShiftShare.Result shiftShare() {
        return ShiftShare.decompose(base, last);
    }
}
