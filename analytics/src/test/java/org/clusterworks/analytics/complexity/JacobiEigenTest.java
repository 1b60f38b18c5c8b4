package org.clusterworks.analytics.complexity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JacobiEigenTest {

    @Test
    void findsTheEigenpairsOfAKnownMatrix() {
        // [[2, 1, 0], [1, 2, 1], [0, 1, 2]] has eigenvalues 2 - sqrt 2, 2, 2 + sqrt 2.
        double[] a = {2, 1, 0, 1, 2, 1, 0, 1, 2};
        JacobiEigen e = new JacobiEigen(a, 3);
        double[] values = e.values.clone();
        Arrays.sort(values);
        assertThat(values).containsExactly(new double[] {2 - Math.sqrt(2), 2, 2 + Math.sqrt(2)}, within(1e-14));
        int j = e.largest();
        // The top eigenvector is (1, sqrt 2, 1) / 2 up to sign.
        double sign = Math.signum(e.vectors[j]);
        assertThat(sign * e.vectors[j]).isCloseTo(0.5, within(1e-14));
        assertThat(sign * e.vectors[3 + j]).isCloseTo(Math.sqrt(2) / 2, within(1e-14));
        assertThat(sign * e.vectors[6 + j]).isCloseTo(0.5, within(1e-14));
    }
}
