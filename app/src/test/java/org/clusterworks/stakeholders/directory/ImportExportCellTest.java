package org.clusterworks.stakeholders.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportExportCellTest {

    @Test
    void formulasAreNeutralisedButNumbersAndTextStayAsTheyAre() {
        assertThat(ImportExport.safeCell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(ImportExport.safeCell("+255 754")).isEqualTo("'+255 754");
        assertThat(ImportExport.safeCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ImportExport.safeCell("-cmd")).isEqualTo("'-cmd");
        assertThat(ImportExport.safeCell("-3.3869")).isEqualTo("-3.3869");
        assertThat(ImportExport.safeCell("Kimaro Greens Ltd")).isEqualTo("Kimaro Greens Ltd");
        assertThat(ImportExport.safeCell("")).isEmpty();
    }

    @Test
    void nearIdenticalNamesAreComparedWithoutLegalForms() {
        assertThat(DirectoryService.coreName("Meru Fresh Produce Ltd"))
                .isEqualTo(DirectoryService.coreName("Meru Fresh Produce Limited"));
        assertThat(DirectoryService.levenshtein("kimarogreens", "kimarogreen", 2))
                .isEqualTo(1);
        assertThat(DirectoryService.levenshtein("kimarogreens", "karatufruit", 2))
                .isGreaterThan(2);
    }
}
