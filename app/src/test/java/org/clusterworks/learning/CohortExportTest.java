package org.clusterworks.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The cohort's XLSX export holds the same table as its CSV export, with numbers as numeric cells. */
@WebTest
class CohortExportTest {

    static final String COHORT = "/w/demo/learning/cluster-development/cohort";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void theXlsxExportMatchesTheCsvExportCellByCell() throws Exception {
        String csv = mvc.perform(get(COHORT + ".csv").with(users.as("officer")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        byte[] xlsx = mvc.perform(get(COHORT + ".xlsx").with(users.as("officer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString("demo-cluster-development-cohort.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        assertThat(records.size()).isGreaterThan(2);
        int numericCells = 0;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum() + 1).isEqualTo(records.size());
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.getRow(r);
                CSVRecord rec = records.get(r);
                for (int c = 0; c < rec.size(); c++) {
                    Cell cell = row.getCell(c);
                    String expected = rec.get(c);
                    if (cell == null || cell.getCellType() == CellType.BLANK) {
                        assertThat(expected).as("row %d column %d", r, c).isEmpty();
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        numericCells++;
                        assertThat(cell.getNumericCellValue())
                                .as("row %d column %s", r, records.getFirst().get(c))
                                .isEqualTo(Double.parseDouble(expected));
                    } else if (cell.getCellType() == CellType.BOOLEAN) {
                        assertThat(Boolean.toString(cell.getBooleanCellValue())).isEqualTo(expected);
                    } else {
                        assertThat(cell.getStringCellValue()).isEqualTo(expected);
                    }
                }
            }
        }
        assertThat(numericCells).isGreaterThan(records.size());
    }

    @Test
    void aLearnerMayNotExportTheCohort() throws Exception {
        mvc.perform(get(COHORT + ".xlsx").with(users.as("learner"))).andExpect(status().isForbidden());
        mvc.perform(get(COHORT + ".xlsx").with(users.as("analyst"))).andExpect(status().isForbidden());
    }
}
