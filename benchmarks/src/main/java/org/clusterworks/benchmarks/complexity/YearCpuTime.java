package org.clusterworks.benchmarks.complexity;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import org.clusterworks.analytics.complexity.BalassaRca;
import org.clusterworks.analytics.complexity.EigenvectorComplexity;
import org.clusterworks.analytics.complexity.FitnessComplexity;
import org.clusterworks.analytics.complexity.PresenceMatrix;
import org.clusterworks.analytics.complexity.PresenceRule;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.relatedness.CoOccurrence;
import org.clusterworks.analytics.relatedness.MinimumConditionalProbability;

/**
 * CPU time (all threads of the process) of one synthetic 3,200 x 1,000 year, the same work as
 * {@code ComplexityBenchmark.year}: on a shared machine wall-clock benchmarks measure the other tenants too, CPU time
 * does not. On two idle cores the wall time of a year lies between CPU / 2 (perfectly parallel) and CPU (serial).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.clusterworks.benchmarks.complexity.YearCpuTime [N]}
 */
public final class YearCpuTime {

    private YearCpuTime() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        LabelledMatrix activity = SyntheticActivity.generate(3200, 1000, 42);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < n; i++) {
            year(activity);
        }
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        long sink = 0;
        for (int i = 0; i < n; i++) {
            sink += year(activity);
        }
        double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6 / n;
        double wallMs = (System.nanoTime() - wall) / 1e6 / n;
        System.out.printf(
                "year 3200 x 1000: %.1f ms CPU per year (all threads), %.1f ms wall (shared machine), %d runs [%d]%n",
                cpuMs, wallMs, n, sink % 7);
    }

    private static long year(LabelledMatrix activity) {
        PresenceMatrix m = PresenceRule.atLeast(1).apply(new BalassaRca().compute(activity));
        LabelledMatrix phi = new MinimumConditionalProbability().relatedness(CoOccurrence.ofIndustries(m));
        double eci = new EigenvectorComplexity().compute(m).region(0);
        double fitness = new FitnessComplexity().compute(m).region(0);
        return Double.doubleToLongBits(phi.get(0, 1) + eci + fitness);
    }
}
