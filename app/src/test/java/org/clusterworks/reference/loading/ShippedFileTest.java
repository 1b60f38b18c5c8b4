package org.clusterworks.reference.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShippedFileTest {

    @Test
    void a_malformed_csv_is_rejected_with_the_file_named() {
        ShippedFile broken = new ShippedFile(
                "classifications/broken.csv", "code,title\n01,\"unclosed\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(broken::csv).hasMessageContaining("reference/classifications/broken.csv");
    }

    @Test
    void a_byte_order_mark_does_not_become_part_of_the_first_column_name() {
        ShippedFile withBom =
                new ShippedFile("x.csv", "\uFEFFcode,title\nA,Agriculture\n".getBytes(StandardCharsets.UTF_8));

        assertThat(withBom.csv().getFirst().get("code")).isEqualTo("A");
    }

    @Test
    void a_missing_file_is_reported_by_its_classpath_name() {
        assertThatThrownBy(() -> ShippedFile.read("classifications/nope.csv"))
                .hasMessageContaining("reference/classifications/nope.csv");
    }

    @Test
    void the_checksum_changes_with_the_content() {
        assertThat(new ShippedFile("a", new byte[] {1}).sha256())
                .hasSize(64)
                .isNotEqualTo(new ShippedFile("a", new byte[] {2}).sha256());
    }
}
