package org.clusterworks.analytics.missing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Replaces County Business Patterns employment withheld for disclosure by a value for its employment-size flag.
 *
 * <p>The Census Bureau publishes, for a suppressed cell, a flag giving the employment range (CBP record layouts
 * through 2016, column EMPFLAG): A 0-19, B 20-99, C 100-249, E 250-499, F 500-999, G 1,000-2,499, H 2,500-4,999,
 * I 5,000-9,999, J 10,000-24,999, K 25,000-49,999, L 50,000-99,999, M 100,000 or more. The usual practice (as in the
 * U.S. Cluster Mapping data) is to use the range midpoint; here the midpoint of the class {@code [low, high + 1)},
 * i.e. 10, 60, 175, 375, 750, 1,750, 3,750, 7,500, 17,500, 37,500 and 75,000, and for the open class M a value chosen
 * by the caller (default its lower bound, 100,000). This convention is stated, not taken from the Cluster Mapping
 * code (which is not public for this step).
 */
public final class CbpSuppressionImputer {

    private static final String FLAGS = "ABCEFGHIJKLM";
    private static final double[] LOW = {0, 20, 100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000};
    private static final double[] HIGH = {19, 99, 249, 499, 999, 2499, 4999, 9999, 24999, 49999, 99999, Double.NaN};

    private final double openClassValue;

    /** @param openClassValue employment used for flag M (100,000 or more) */
    public CbpSuppressionImputer(double openClassValue) {
        this.openClassValue = openClassValue;
    }

    /** With flag M imputed as 100,000. */
    public CbpSuppressionImputer() {
        this(100_000);
    }

    /** The value imputed for a flag (case-insensitive). */
    public double valueOf(String flag) {
        int k = FLAGS.indexOf(flag.trim().toUpperCase(Locale.ROOT));
        if (flag.trim().length() != 1 || k < 0) {
            throw new IllegalArgumentException("unknown CBP employment-size flag '" + flag + "' (expected one of "
                    + String.join(",", FLAGS.split("")) + ")");
        }
        return Double.isNaN(HIGH[k]) ? openClassValue : (LOW[k] + HIGH[k] + 1) / 2;
    }

    /**
     * Returns employment with every flagged cell replaced by {@link #valueOf}; cells with an empty or null flag are
     * kept. The arrays are parallel (one entry per row); {@code regions} and {@code industries} only label the report.
     */
    public Result impute(double[] employment, String[] flags, String[] regions, String[] industries) {
        double[] out = employment.clone();
        List<ImputationReport.Cell> cells = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < out.length; i++) {
            String flag = flags[i];
            if (flag == null || flag.isBlank()) {
                continue;
            }
            String rule = flag.trim().toUpperCase(Locale.ROOT);
            out[i] = valueOf(rule);
            cells.add(new ImputationReport.Cell(regions[i], industries[i], out[i], "CBP flag " + rule));
            counts.merge("CBP flag " + rule, 1, Integer::sum);
        }
        return new Result(out, new ImputationReport(cells, counts, List.of()));
    }

    /** Imputed employment and the report. */
    public record Result(double[] employment, ImputationReport report) {}
}
