package org.clusterworks.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.support.DemoUsers;
import org.clusterworks.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebTest
class MappingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    DatasetStore store;

    @Autowired
    org.clusterworks.mapping.importing.ImportService imports;

    long us() {
        return store.list(1L).stream()
                .filter(d -> d.name().startsWith("US states"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    long dataset(String prefix) {
        return store.list(1L).stream()
                .filter(d -> d.name().startsWith(prefix))
                .findFirst()
                .orElseThrow()
                .id();
    }

    String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(demo.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theOverviewListsTheDemoDatasetsForEveryMember() throws Exception {
        String html = page("/w/demo/mapping", "viewer");
        assertThat(html)
                .contains("US states x benchmark clusters, 2016")
                .contains("German Länder x NACE sections, 2015")
                .contains("us-benchmark-clusters");
    }

    @Test
    void theDatasetPageListsRegionsAndClustersAndSaysWhichMethodFlags() throws Exception {
        String html = page("/w/demo/mapping/datasets/" + us(), "viewer");
        assertThat(html)
                .contains("Alabama")
                .contains("Aerospace Vehicles and Defense")
                .contains("U.S. Cluster Mapping rules");
        String eco = page("/w/demo/mapping/datasets/" + us() + "?method=eco", "viewer");
        assertThat(eco).contains("European Cluster Observatory stars");
    }

    @Test
    void theRegionProfileHasHeadlineBubbleChartMapAndRelatedIndustries() throws Exception {
        String html = page("/w/demo/mapping/datasets/" + us() + "/regions/06?year=2016&method=us", "analyst");
        assertThat(html)
                .contains("California")
                .contains("data-kind=\"bubble\"")
                .contains("mapping-map")
                .contains("/geo/us/us-states.geojson")
                .contains("Most related industries")
                .contains("/js/mapping.js")
                .doesNotContain("<script>");
    }

    @Test
    void theClusterProfileHasAChoroplethOfLqAndTheTopRegions() throws Exception {
        String html = page("/w/demo/mapping/datasets/" + us() + "/clusters/1", "analyst");
        assertThat(html)
                .contains("Aerospace Vehicles and Defense")
                .contains("mapping-map")
                .contains("Washington");
    }

    @Test
    void aSchemeWithoutGeometryShowsTablesAndSaysSo() throws Exception {
        long world = dataset("World exports");
        String html = page("/w/demo/mapping/datasets/" + world + "/clusters/0011", "analyst");
        // iso3166 has a world map; a free scheme has none: check the German dataset in NUTS 1 has a map instead
        assertThat(html).contains("mapping-map");
        long germany = dataset("German");
        String de = page("/w/demo/mapping/datasets/" + germany + "/regions/DE1", "analyst");
        assertThat(de).contains("Baden-Württemberg").contains("NUTS_RG_20M_2021_4326_LEVL_1");
    }

    @Test
    void aDatasetWithYearsShowsGrowthAndATimeSeriesAndUsesItsInFileReferenceTotals() throws Exception {
        long a10 = dataset("German Länder x NACE A*10");
        String region = page("/w/demo/mapping/datasets/" + a10 + "/regions/DE3?year=2014", "analyst");
        assertThat(region)
                .contains("Berlin")
                .contains("Growth per year (%) 2008")
                .contains("reference-area totals");
        String cluster = page("/w/demo/mapping/datasets/" + a10 + "/clusters/J?year=2014", "analyst");
        assertThat(cluster).contains("Information and communication").contains("data-kind=\"series\"");
    }

    @Test
    void compareShowsUpToTenRegions() throws Exception {
        String html = page("/w/demo/mapping/datasets/" + us() + "/compare?r=06&r=48&r=36", "analyst");
        assertThat(html)
                .contains("California LQ")
                .contains("Texas LQ")
                .contains("New York LQ")
                .contains("data-kind=\"heatmap\"");
    }

    @Test
    void tablesExportToCsvAndXlsxAndTheRegionProfileToPdf() throws Exception {
        String base = "/w/demo/mapping/datasets/" + us() + "/export?view=region&code=06&year=2016&method=us";
        MvcResult csv = mvc.perform(get(base + "&format=csv").with(demo.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn();
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("Location quotient").contains("Aerospace Vehicles and Defense");
        byte[] xlsx = mvc.perform(get(base + "&format=xlsx").with(demo.as("viewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThan(40);
        }
        byte[] pdf = mvc.perform(get(base + "&format=pdf").with(demo.as("viewer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("California");
            // the bubble chart is embedded as an image on the first page
            var resources = doc.getPage(0).getResources();
            long images = java.util.stream.StreamSupport.stream(
                            resources.getXObjectNames().spliterator(), false)
                    .filter(n -> {
                        try {
                            return resources.getXObject(n)
                                    instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
                        } catch (java.io.IOException e) {
                            return false;
                        }
                    })
                    .count();
            assertThat(images).isEqualTo(1);
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            javax.imageio.ImageIO.write(
                    new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 70),
                    "png",
                    java.nio.file.Path.of("target", "screenshots", "mapping-region-pdf.png")
                            .toFile());
        }
        mvc.perform(get("/w/demo/mapping/datasets/" + us() + "/export?view=compare&r=06&r=48&format=csv")
                        .with(demo.as("viewer")))
                .andExpect(status().isOk());
    }

    @Test
    void aViewerMayNotImportAndAStrangerSeesNothing() throws Exception {
        mvc.perform(get("/w/demo/mapping/import").with(demo.as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/w/demo/mapping/import")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                        .with(csrf())
                        .with(demo.as("viewer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/w/demo/mapping").with(demo.as("other"))).andExpect(status().isNotFound());
        mvc.perform(get("/w/demo/mapping/datasets/" + us()).with(demo.as("other")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWebImportRecognisesTheLayoutPreviewsAndReportsProgressAndProblems() throws Exception {
        String body = "year,state_fips,state_name,cluster_code,cluster_name,cluster_type,employment,establishments\n"
                + "2016,01,Alabama,1,Aerospace,traded,10,2\n2016,01,Alabama,2,Agri,traded,x,2\n";
        String location = mvc.perform(multipart("/w/demo/mapping/import")
                        .file(new MockMultipartFile("file", "states.csv", "text/csv", body.getBytes()))
                        .with(csrf())
                        .with(demo.as("analyst")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String mapping = page(location, "analyst");
        assertThat(mapping).contains("U.S. Cluster Mapping states x clusters").contains("Alabama");
        String token = location.substring(location.indexOf("/import/") + 8, location.indexOf('?'));
        String job = mvc.perform(post("/w/demo/mapping/import/" + token)
                        .param("fileName", "states.csv")
                        .param("datasetName", "Web import")
                        .param("regionScheme", "us-fips")
                        .param("industryScheme", "us-benchmark-clusters")
                        .param("region", "state_fips")
                        .param("industry", "cluster_code")
                        .param("year", "year")
                        .param("measures", "employment=employment;establishments=establishments")
                        .with(csrf())
                        .with(demo.as("analyst")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String status = "";
        for (int i = 0; i < 100 && !status.contains("problem"); i++) {
            Thread.sleep(100);
            status = page(job + "/status", "analyst");
        }
        assertThat(status).contains("Nothing was imported").contains("&#39;x&#39; is not a number");
        assertThat(store.list(1L)).noneMatch(d -> d.name().equals("Web import"));
    }

    @Test
    void anAnalystDeletesADatasetAndAViewerMayNot() throws Exception {
        String body = "region,industry,year,employment\nA,x,2020,1\nB,y,2020,2\n";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("cw", ".csv");
        java.nio.file.Files.writeString(file, body);
        long id = imports.importFile(
                        1L,
                        "analyst",
                        file,
                        "t.csv",
                        new org.clusterworks.mapping.importing.ColumnMapping(
                                "To delete",
                                null,
                                null,
                                null,
                                "free",
                                "free",
                                "region",
                                "industry",
                                "year",
                                java.util.Map.of("employment", "employment"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null,
                        null,
                        org.clusterworks.mapping.importing.ImportService.Progress.NONE)
                .datasetId();
        mvc.perform(post("/w/demo/mapping/datasets/" + id + "/delete")
                        .with(csrf())
                        .with(demo.as("viewer")))
                .andExpect(status().isForbidden());
        String free = page("/w/demo/mapping/datasets/" + id + "/regions/A", "analyst");
        assertThat(free).contains("No map geometry");
        mvc.perform(post("/w/demo/mapping/datasets/" + id + "/delete")
                        .with(csrf())
                        .with(demo.as("analyst")))
                .andExpect(status().is3xxRedirection());
        assertThat(store.find(1L, id)).isEmpty();
    }

    @Test
    void aClusterDefinitionUploadWithBadRowsListsEachOneOnThePage() throws Exception {
        var file = new MockMultipartFile(
                "file",
                "defs.csv",
                "text/csv",
                "industry_code,cluster_code,cluster_type\nA,farm,traded\n,farm,traded\nA,food,local\nC,food,both\n"
                        .getBytes(StandardCharsets.UTF_8));
        String html = mvc.perform(multipart("/w/demo/mapping/definitions")
                        .file(file)
                        .param("code", "page-bad-defs")
                        .param("name", "Bad")
                        .param("baseScheme", "free")
                        .with(csrf())
                        .with(demo.as("analyst")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Row 3, industry_code: empty industry code")
                .contains("Row 4, industry_code: industry code &#39;A&#39; already given in row 2")
                .contains("Row 5, cluster_type: &#39;both&#39; is neither traded nor local");
    }
}
