package org.clusterworks.analytics.strength;

import java.util.Arrays;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.specialisation.LocationQuotient;

/**
 * The U.S. Cluster Mapping strength rules (Delgado, Porter &amp; Stern 2016; clustermapping.us).
 *
 * <p>LQ uses the traded/local denominator: {@code LQ_rc = (E_rc / E_r,traded) / (E_c / E_traded)} for a traded
 * cluster (local clusters likewise with local totals), with reference totals {@code E_c} from the input or given. For
 * each traded cluster, quantiles of LQ, employment and establishments are taken over the regions with employment
 * above 0, and flags set as described in {@link StrengthRules}. A region's cluster strength is the share of its
 * traded employment that is in strong clusters (the site's "strong cluster employment share").
 */
public final class UsClusterMappingStrength implements ClusterStrength {

    private final StrengthRules rules;

    public UsClusterMappingStrength(StrengthRules rules) {
        this.rules = rules;
    }

    @Override
    public StrengthResult evaluate(
            LabelledMatrix employment, LabelledMatrix establishments, boolean[] traded, ReferenceTotals reference) {
        if (!Arrays.equals(employment.rowCodes(), establishments.rowCodes())
                || !Arrays.equals(employment.columnCodes(), establishments.columnCodes())) {
            throw new IllegalArgumentException("employment and establishments must have the same regions and clusters");
        }
        int rows = employment.rows();
        int cols = employment.columns();
        int[] group = new int[cols];
        for (int c = 0; c < cols; c++) {
            group[c] = traded[c] ? 0 : 1;
        }
        LocationQuotient lqMeasure = LocationQuotient.onTotal().withGroups(group);
        if (reference != null) {
            lqMeasure = lqMeasure.withReferenceTotals(
                    reference.perCluster(), new double[] {reference.tradedTotal(), reference.localTotal()});
        }
        LabelledMatrix lq = lqMeasure.compute(employment);
        double[] e = employment.values();
        double[] n = establishments.values();
        double[] l = lq.values();
        boolean[] qualifying = new boolean[e.length];
        boolean[] significant = new boolean[e.length];
        boolean[] strong = new boolean[e.length];
        boolean[] strong10 = new boolean[e.length];
        double[] bufE = new double[rows];
        double[] bufN = new double[rows];
        double[] bufL = new double[rows];
        for (int c = 0; c < cols; c++) {
            if (!traded[c]) {
                continue;
            }
            int k = 0;
            for (int r = 0; r < rows; r++) {
                int cell = r * cols + c;
                if (e[cell] > 0) {
                    bufE[k] = e[cell];
                    bufN[k] = n[cell];
                    bufL[k] = l[cell];
                    k++;
                }
            }
            Arrays.sort(bufE, 0, k);
            Arrays.sort(bufN, 0, k);
            Arrays.sort(bufL, 0, k);
            double empCut = Quantiles.type7(bufE, k, rules.sizeQuantile());
            double estCut = Quantiles.type7(bufN, k, rules.sizeQuantile());
            double qualifyingCut = Quantiles.type7(bufL, k, rules.qualifyingLqQuantile());
            double significantCut = Quantiles.type7(bufL, k, rules.significantLqQuantile());
            double strongCut = Quantiles.type7(bufL, k, rules.strongLqQuantile());
            double strong10Cut = Quantiles.type7(bufL, k, rules.strong10LqQuantile());
            for (int r = 0; r < rows; r++) {
                int cell = r * cols + c;
                boolean size = e[cell] > empCut && n[cell] > estCut;
                double lqValue = l[cell];
                qualifying[cell] = size && lqValue > qualifyingCut;
                significant[cell] = size && lqValue > significantCut;
                boolean lqAtLeast = lqValue >= rules.minimumStrongLq();
                strong[cell] = size && lqAtLeast && lqValue >= strongCut;
                strong10[cell] = size && lqAtLeast && lqValue >= strong10Cut;
            }
        }
        double[] strongEmployment = new double[rows];
        double[] clusterStrength = new double[rows];
        for (int r = 0; r < rows; r++) {
            double tradedTotal = 0;
            for (int c = 0; c < cols; c++) {
                int cell = r * cols + c;
                if (traded[c] && e[cell] == e[cell]) {
                    tradedTotal += e[cell];
                    if (strong[cell]) {
                        strongEmployment[r] += e[cell];
                    }
                }
            }
            clusterStrength[r] = tradedTotal > 0 ? strongEmployment[r] / tradedTotal : Double.NaN;
        }
        return new StrengthResult(
                lq, traded.clone(), qualifying, significant, strong, strong10, strongEmployment, clusterStrength);
    }
}
