package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.importing.ColumnMapping;
import org.clusterworks.mapping.importing.ImportRejected;
import org.clusterworks.mapping.importing.ImportService;
import org.clusterworks.mapping.importing.KnownLayouts;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Known layouts are recognised from their header and import without manual mapping; XLSX reads like CSV. */
@WebTest
class KnownLayoutsImportTest {

    @Autowired
    ImportService imports;

    @Autowired
    DatasetStore store;

    @TempDir
    Path dir;

    ColumnMapping named(ColumnMapping m, String name) {
        return m.withName(name);
    }

    @Test
    void aCountyBusinessPatternsCountyFileImportsDetailedCodesAndImputesSuppressedCells() throws Exception {
        Path file = dir.resolve("cbp16co.txt");
        Files.writeString(file, """
                fipstate,fipscty,naics,empflag,emp_nf,emp,qp1_nf,qp1,ap_nf,ap,est
                01,001,------,,G,10454,G,76437,G,321433,844
                01,001,336411,,G,120,G,900,G,4000,3
                01,001,336412,B,,0,,0,,0,2
                01,999,336411,,G,5,G,1,G,1,1
                06,037,336411,,G,30000,G,1,G,1,40
                """);
        ColumnMapping m = KnownLayouts.detect(List.of(
                        "fipstate",
                        "fipscty",
                        "naics",
                        "empflag",
                        "emp_nf",
                        "emp",
                        "qp1_nf",
                        "qp1",
                        "ap_nf",
                        "ap",
                        "est"))
                .orElseThrow()
                .mapping();
        assertThat(m.region()).isEqualTo("fipstate+fipscty");
        ImportService.Result r = imports.importFile(
                1L, "analyst", file, "cbp16co.txt", named(m, "CBP"), null, null, ImportService.Progress.NONE);
        assertThat(r.rows()).isEqualTo(3);
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(r.imputed()).isEqualTo(1);
        var d = store.find(1L, r.datasetId()).orElseThrow();
        assertThat(d.years()).containsExactly(2016);
        Map<String, Double> emp = new LinkedHashMap<>();
        store.readObservations(d.versionId(), d.measures().size(), (reg, ind, y, v) -> emp.put(reg + "/" + ind, v[0]));
        assertThat(emp).containsEntry("01001/336412", 60.0).containsEntry("06037/336411", 30000.0);
        store.delete(1L, r.datasetId());
    }

    @Test
    void aEurostatSdmxCsvExtractImportsDivisionsAsNaceCodes() throws Exception {
        Path file = dir.resolve("sbs.csv");
        Files.writeString(file, """
                DATAFLOW,LAST UPDATE,freq,indic_sb,nace_r2,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG
                ESTAT:SBS_R_NUTS06_R2(1.0),12/01/24 23:00:00,A,V16110,C10,DE1,2020,250000,
                ESTAT:SBS_R_NUTS06_R2(1.0),12/01/24 23:00:00,A,V16110,C,DE1,2020,1500000,
                ESTAT:SBS_R_NUTS06_R2(1.0),12/01/24 23:00:00,A,V16110,C10,DE2,2020,270000,
                ESTAT:SBS_R_NUTS06_R2(1.0),12/01/24 23:00:00,A,V16110,C29,DE2,2020,400000,p
                """);
        ColumnMapping m = KnownLayouts.detect(List.of(
                        "DATAFLOW",
                        "LAST UPDATE",
                        "freq",
                        "indic_sb",
                        "nace_r2",
                        "geo",
                        "TIME_PERIOD",
                        "OBS_VALUE",
                        "OBS_FLAG"))
                .orElseThrow()
                .mapping();
        ImportService.Result r = imports.importFile(
                1L, "analyst", file, "sbs.csv", named(m, "Eurostat"), null, null, ImportService.Progress.NONE);
        assertThat(r.rows()).isEqualTo(3);
        assertThat(r.skipped()).isEqualTo(1);
        var d = store.find(1L, r.datasetId()).orElseThrow();
        assertThat(d.industryScheme()).isEqualTo("nace-rev2");
        store.delete(1L, r.datasetId());
    }

    @Test
    void anXlsxWorkbookImportsLikeCsvAndReportsBadCellsByRowAndColumn() throws Exception {
        Path file = dir.resolve("data.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("data");
            Object[][] rows = {
                {"region", "industry", "year", "employment"},
                {"DE1", "C", 2015.0, 1000.0},
                {"DE2", "C", 2015.0, 900.0},
                {"DE2", "F", 2015.0, "n/a"}
            };
            for (int i = 0; i < rows.length; i++) {
                Row row = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    if (rows[i][j] instanceof Double v) {
                        row.createCell(j).setCellValue(v);
                    } else {
                        row.createCell(j).setCellValue((String) rows[i][j]);
                    }
                }
            }
            wb.write(out);
        }
        ColumnMapping m = new ColumnMapping(
                "XLSX",
                null,
                null,
                null,
                "nuts-2021",
                "nace-rev2",
                "region",
                "industry",
                "year",
                Map.of("employment", "employment"),
                null,
                null,
                null,
                null,
                null,
                null);
        try {
            imports.importFile(1L, "analyst", file, "data.xlsx", m, null, null, ImportService.Progress.NONE);
            throw new AssertionError("expected a rejection");
        } catch (ImportRejected e) {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(4);
                assertThat(p.column()).isEqualTo("employment");
            });
        }
    }
}
