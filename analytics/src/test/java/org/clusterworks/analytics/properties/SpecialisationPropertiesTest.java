package org.clusterworks.analytics.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.clusterworks.analytics.core.LabelledMatrix;
import org.clusterworks.analytics.specialisation.GiniSpecialisation;
import org.clusterworks.analytics.specialisation.HooverSpecialisation;
import org.clusterworks.analytics.specialisation.KrugmanSpecialisation;
import org.clusterworks.analytics.specialisation.LocationQuotient;
import org.clusterworks.analytics.specialisation.ShiftShare;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that hold for every valid region x industry matrix, checked on 300 random ones (sizes 1-40 x 1-60,
 * sparse or dense, with zero rows and columns and values spanning nine orders of magnitude); a failure names the
 * seed that reproduces it.
 */
class SpecialisationPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** A random non-negative matrix with at least one positive cell. */
    static LabelledMatrix matrix(SplittableRandom random) {
        int rows = 1 + random.nextInt(40);
        int cols = 1 + random.nextInt(60);
        double density = random.nextDouble(0.05, 1);
        double[] v = new double[rows * cols];
        for (int k = 0; k < v.length; k++) {
            v[k] = random.nextDouble() < density ? Math.pow(10, random.nextDouble(0, 9)) : 0;
        }
        v[random.nextInt(v.length)] = 1 + random.nextInt(1000);
        String[] r = new String[rows];
        String[] c = new String[cols];
        for (int i = 0; i < rows; i++) {
            r[i] = "R" + i;
        }
        for (int j = 0; j < cols; j++) {
            c[j] = "I" + j;
        }
        return new LabelledMatrix(r, c, v);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theEmploymentWeightedMeanOfAnIndustrysLocationQuotientsIsOne(long seed) {
        LabelledMatrix x = matrix(new SplittableRandom(seed));
        LabelledMatrix lq = LocationQuotient.onTotal().compute(x);
        double total = 0;
        double[] rowTotal = new double[x.rows()];
        double[] colTotal = new double[x.columns()];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.columns(); j++) {
                rowTotal[i] += x.get(i, j);
                colTotal[j] += x.get(i, j);
                total += x.get(i, j);
            }
        }
        for (int j = 0; j < x.columns(); j++) {
            if (colTotal[j] == 0) {
                continue;
            }
            double mean = 0;
            for (int i = 0; i < x.rows(); i++) {
                double value = lq.get(i, j);
                if (rowTotal[i] > 0) {
                    assertThat(value)
                            .as("seed %d LQ(%d,%d)", seed, i, j)
                            .isFinite()
                            .isGreaterThanOrEqualTo(0);
                    mean += rowTotal[i] / total * value;
                }
            }
            assertThat(mean).as("seed %d industry %d", seed, j).isCloseTo(1, within(1e-9));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void specialisationIndicesStayWithinTheirPublishedBounds(long seed) {
        LabelledMatrix x = matrix(new SplittableRandom(seed));
        double[] krugman = new KrugmanSpecialisation().compute(x);
        double[] hoover = new HooverSpecialisation().compute(x);
        double[] gini = new GiniSpecialisation().compute(x);
        for (int i = 0; i < x.rows(); i++) {
            if (Double.isNaN(krugman[i])) {
                continue; // a region without employment has no structure to compare
            }
            assertThat(krugman[i]).as("seed %d Krugman %d", seed, i).isBetween(-1e-12, 2 + 1e-12);
            assertThat(hoover[i]).as("seed %d Hoover %d", seed, i).isBetween(-1e-12, 1 + 1e-12);
            assertThat(hoover[i] * 2).as("seed %d Krugman = 2 Hoover", seed).isCloseTo(krugman[i], within(1e-9));
            assertThat(gini[i]).as("seed %d Gini %d", seed, i).isBetween(-1e-12, 1 + 1e-12);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shiftShareComponentsAddUpToTheChangeOfEveryCell(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LabelledMatrix base = matrix(random);
        double[] grown = base.values().clone();
        for (int k = 0; k < grown.length; k++) {
            grown[k] = random.nextDouble() < 0.1 ? 0 : grown[k] * random.nextDouble(0.2, 3);
        }
        grown[0] += 1;
        LabelledMatrix last = new LabelledMatrix(base.rowCodes(), base.columnCodes(), grown);
        ShiftShare.Result r = ShiftShare.decompose(base, last);
        for (int k = 0; k < grown.length; k++) {
            double change = r.change().values()[k];
            assertThat(change).isCloseTo(grown[k] - base.values()[k], within(1e-6 * (1 + Math.abs(change))));
            double sum = r.nationalShare().values()[k]
                    + r.industryMix().values()[k]
                    + r.competitive().values()[k];
            assertThat(sum).as("seed %d cell %d", seed, k).isCloseTo(change, within(1e-6 * (1 + Math.abs(change))));
            double em = r.homotheticCompetitive().values()[k] + r.allocation().values()[k];
            assertThat(em)
                    .as("seed %d cell %d: Esteban-Marquillas split of the competitive effect", seed, k)
                    .isCloseTo(r.competitive().values()[k], within(1e-6 * (1 + Math.abs(change))));
        }
    }
}
