package org.clusterworks.reference.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IndustryStructureTest {

    @Test
    void isic_divisions_fall_into_their_sections_by_range() {
        assertThat(IndustryStructure.isicParent("01")).isEqualTo("A");
        assertThat(IndustryStructure.isicParent("05")).isEqualTo("B");
        assertThat(IndustryStructure.isicParent("33")).isEqualTo("C");
        assertThat(IndustryStructure.isicParent("62")).isEqualTo("J");
        assertThat(IndustryStructure.isicParent("99")).isEqualTo("U");
        assertThat(IndustryStructure.isicParent("620")).isEqualTo("62");
        assertThat(IndustryStructure.isicParent("6201")).isEqualTo("620");
        assertThat(IndustryStructure.isicParent("J")).isNull();
    }

    @Test
    void naics_level_follows_the_number_of_digits_and_ranges_are_sectors() {
        assertThat(IndustryStructure.naicsLevel("11")).isEqualTo(1);
        assertThat(IndustryStructure.naicsLevel("31-33")).isEqualTo(1);
        assertThat(IndustryStructure.naicsLevel("311")).isEqualTo(2);
        assertThat(IndustryStructure.naicsLevel("541511")).isEqualTo(5);
        assertThatThrownBy(() -> IndustryStructure.naicsLevel("5415111")).hasMessageContaining("5415111");
    }

    @Test
    void naics_subsectors_of_range_sectors_hang_under_the_range_when_the_vintage_has_one() {
        Set<String> withRange = Set.of("31-33", "311", "3111", "44-45", "452");
        assertThat(IndustryStructure.naicsParent("311", withRange)).isEqualTo("31-33");
        assertThat(IndustryStructure.naicsParent("452", withRange)).isEqualTo("44-45");
        assertThat(IndustryStructure.naicsParent("3111", withRange)).isEqualTo("311");
        assertThat(IndustryStructure.naicsParent("31-33", withRange)).isNull();

        Set<String> split = Set.of("31", "32", "311", "321");
        assertThat(IndustryStructure.naicsParent("321", split)).isEqualTo("32");
    }

    @Test
    void a_naics_code_without_any_parent_is_rejected_by_name() {
        assertThatThrownBy(() -> IndustryStructure.naicsParent("999", Set.of("999")))
                .hasMessageContaining("999");
    }
}
