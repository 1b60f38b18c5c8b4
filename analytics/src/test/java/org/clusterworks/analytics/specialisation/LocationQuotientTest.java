package org.clusterworks.analytics.specialisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.testing.GermanLaender;
import org.junit.jupiter.api.Test;

class LocationQuotientTest {

    private static final LabelledMatrix SMALL = new LabelledMatrix(
            new String[] {"r1", "r2"}, new String[] {"a", "b", "c"}, new double[] {10, 30, 60, 40, 20, 40});

    @Test
    void classicLqIsRegionShareOverReferenceShare() {
        LabelledMatrix lq = LocationQuotient.onTotal().compute(SMALL);

        // r1: a share 0.1, national a share 50/200 = 0.25 -> 0.4
        assertThat(lq.get(0, 0)).isCloseTo(0.4, within(1e-15));
        assertThat(lq.get(1, 0)).isCloseTo(1.6, within(1e-15));
        assertThat(lq.get(0, 2)).isCloseTo(0.6 / 0.5, within(1e-15));
    }

    @Test
    void employmentWeightedMeanOfLqIsOne() {
        LabelledMatrix x = GermanLaender.employment2015();
        LabelledMatrix lq = LocationQuotient.onTotal().compute(x);
        Margins margins = Margins.of(x);

        for (int c = 0; c < x.columns(); c++) {
            double weighted = 0;
            for (int r = 0; r < x.rows(); r++) {
                weighted += lq.get(r, c) * margins.rowTotals()[r] / margins.total();
            }
            assertThat(weighted).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void groupsUseTheRegionsGroupTotalAsDenominator() {
        // a is group 0 alone: its LQ is x_ra / x_ra over X_a / X_a = 1 for every region with activity in a
        LabelledMatrix lq =
                LocationQuotient.onTotal().withGroups(new int[] {0, 1, 1}).compute(SMALL);

        assertThat(lq.get(0, 0)).isEqualTo(1.0);
        assertThat(lq.get(0, 1)).isCloseTo((30.0 / 90) / (50.0 / 150), within(1e-15));
    }

    @Test
    void referenceTotalsReplaceTheSumOverRegions() {
        LabelledMatrix lq = LocationQuotient.onTotal()
                .withReferenceTotals(new double[] {100, 100, 200})
                .compute(SMALL);

        assertThat(lq.get(0, 0)).isCloseTo(0.1 / 0.25, within(1e-15));
        assertThat(lq.get(1, 2)).isCloseTo(0.4 / 0.5, within(1e-15));
    }

    @Test
    void regionWithoutActivityHasUndefinedLq() {
        LabelledMatrix x = new LabelledMatrix(new String[] {"r", "s"}, new String[] {"a"}, new double[] {0, 5});

        assertThat(LocationQuotient.onTotal().compute(x).get(0, 0)).isNaN();
    }

    @Test
    void sharesSumToOneAcrossIndustriesAndAcrossRegions() {
        LabelledMatrix x = GermanLaender.employment2015();
        LabelledMatrix regional = new RegionShare().compute(x);
        LabelledMatrix national = new NationalShare().compute(x);

        for (int r = 0; r < x.rows(); r++) {
            double s = 0;
            for (int c = 0; c < x.columns(); c++) {
                s += regional.get(r, c);
            }
            assertThat(s).isCloseTo(1, within(1e-12));
        }
        for (int c = 0; c < x.columns(); c++) {
            double s = 0;
            for (int r = 0; r < x.rows(); r++) {
                s += national.get(r, c);
            }
            assertThat(s).isCloseTo(1, within(1e-12));
        }
    }
}
