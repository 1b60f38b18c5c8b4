package org.clusterworks.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.clusterworks.observatory.core.Budget;
import org.clusterworks.observatory.core.Years;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Budgets and durations as the report states them (observatory-import-notes.md §5), read into numbers. */
class BudgetTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "10,000,000|10000000|ANNUAL",
                "467,914|467914|ANNUAL",
                "€3.000.000 for 6 spearheadclusters + €3.000.000 for 20 innovative Business networks|6000000|ANNUAL",
                "€1.7m|1700000|ANNUAL",
                "€1.06m|1060000|ANNUAL",
                "approx. €4m|4000000|ANNUAL",
                "€2m for 7 years|2000000|PERIOD",
                "€1m (15 months)|1000000|PERIOD",
                "€160,000 per industrial sector and year (total: €2.4m annually)|2400000|ANNUAL",
                "Direct (cluster management organisations): €3,000,000; Indirect (cluster members): €65,000,000"
                        + "|68000000|ANNUAL",
                "all private funding|null|UNKNOWN",
                "budget included in Regional Development Programme|null|UNKNOWN",
                "up to CAD 950 million, over five years|null|UNKNOWN",
                "On average €1.6m plus additional funding for projects|1600000|ANNUAL",
            })
    void readsTheEuroAmountAndWhatItCovers(String text, BigDecimal eur, Budget.Basis basis) {
        Budget b = Budget.parse(text);
        if (eur == null) {
            assertThat(b.eur()).isNull();
        } else {
            assertThat(b.eur()).isEqualByComparingTo(eur);
        }
        assertThat(b.basis()).isEqualTo(basis);
        assertThat(b.text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "2014-2020|2014|2020",
                "Since 2008|2008|null",
                "Continuously since 2007|2007|null",
                "2015-2018 2019-2023|2015|2023",
                "Annually|null|null",
                "1-7 years|null|null",
            })
    void readsFirstAndLastYear(String text, Integer start, Integer end) {
        Years y = Years.parse(text);
        assertThat(y.start()).isEqualTo(start);
        assertThat(y.end()).isEqualTo(end);
    }
}
