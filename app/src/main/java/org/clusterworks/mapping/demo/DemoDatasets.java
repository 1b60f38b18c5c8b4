package org.clusterworks.mapping.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clusterworks.identity.DemoData;
import org.clusterworks.mapping.dataset.ClusterDefinitions;
import org.clusterworks.mapping.dataset.DatasetStore;
import org.clusterworks.mapping.importing.ColumnMapping;
import org.clusterworks.mapping.importing.ImportService;
import org.clusterworks.mapping.importing.RowSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo workspace with three real datasets (US states x clusters 2016 with national totals, German Länder x
 * NACE sections 2015, world trade 1998-2000) through the ordinary import service, when demo mode is active and the
 * workspace has no dataset yet.
 */
@Component
@Order(30)
class DemoDatasets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDatasets.class);

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final DatasetStore store;
    private final ImportService imports;
    private final ClusterDefinitions definitions;

    DemoDatasets(
            DemoData demo, JdbcClient jdbc, DatasetStore store, ImportService imports, ClusterDefinitions definitions) {
        this.definitions = definitions;
        this.demo = demo;
        this.jdbc = jdbc;
        this.store = store;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demo.active()) {
            return;
        }
        Long workspace = jdbc.sql("select id from workspace where slug = :slug")
                .param("slug", "demo")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (workspace == null || !store.list(workspace).isEmpty()) {
            return;
        }
        Map<String, String> us = new LinkedHashMap<>();
        us.put("employment", "employment");
        us.put("establishments", "establishments");
        us.put("payroll_kusd", "annual_payroll_kusd");
        load(
                workspace,
                "us_states_clusters_2016.csv",
                "us_national_clusters_2016.csv",
                new ColumnMapping(
                        "US states x benchmark clusters, 2016",
                        "50 states x 67 clusters (51 traded, 16 local), County Business Patterns 2016 as published by the "
                                + "U.S. Cluster Mapping Project; national totals as LQ reference.",
                        "U.S. Cluster Mapping Project (clustermapping.us), Institute for Strategy and Competitiveness, "
                                + "Harvard Business School / U.S. EDA; County Business Patterns 2016",
                        "Source: U.S. Cluster Mapping Project, Institute for Strategy and Competitiveness, Harvard Business "
                                + "School",
                        "us-fips",
                        "us-benchmark-clusters",
                        "state_fips",
                        "cluster_code",
                        "year",
                        us,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        Map<String, String> de = new LinkedHashMap<>();
        de.put("employment", "employment");
        de.put("firms", "firms");
        load(
                workspace,
                "germany_laender_wz2008_2015.csv",
                null,
                new ColumnMapping(
                        "German Länder x NACE sections, 2015",
                        "16 Länder (NUTS 1) x 17 WZ 2008 sections B-S: persons in employment and firms, 2015.",
                        "Destatis tables 11111-0001, 12411-0010, 13311-0002, 52111-0004 via the R package REAT (T. Wieland)",
                        "Statistisches Bundesamt (Destatis), Datenlizenz Deutschland Namensnennung 2.0; REAT GPL (>= 2)",
                        "nuts-2021",
                        "nace-rev2",
                        "nuts_code",
                        "nace_section",
                        "year",
                        de,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        definitions.save(workspace, "nace-a10", "NACE Rev. 2 A*10 aggregation", "nace-rev2", a10());
        Map<String, String> a10 = new LinkedHashMap<>();
        a10.put("employment", "employees");
        load(
                workspace,
                "germany_laender_a10_2008_2014.csv",
                null,
                new ColumnMapping(
                        "German Länder x NACE A*10, 2008-2014",
                        "16 Länder (NUTS 1) x 10 NACE A*10 aggregates, employees subject to social insurance at the "
                                + "workplace, 2008-2014; Germany (region DE in the file) as reference totals.",
                        "Bundesagentur für Arbeit via the R package REAT (T. Wieland), G_regions_emp",
                        "Bundesagentur für Arbeit; REAT GPL (>= 2)",
                        "nuts-2021",
                        "nace-a10",
                        "nuts_code",
                        "nace_a10",
                        "year",
                        a10,
                        null,
                        "DE",
                        null,
                        null,
                        null,
                        null));
        Map<String, String> world = new LinkedHashMap<>();
        world.put("exports_usd", "exports_usd");
        load(
                workspace,
                "world_trade_sitc4_1998_2000.csv.gz",
                null,
                new ColumnMapping(
                        "World exports by SITC product, 1998-2000",
                        "223 countries x 785 SITC rev. 2 4-digit products, exports in USD, average of 1998-2000 (as 1999).",
                        "UN Comtrade via the R package economiccomplexity (pachadotdev), world_trade_avg_1998_to_2000",
                        "economiccomplexity: Apache-2.0; UN Comtrade terms of use",
                        "iso3166",
                        "free",
                        "country",
                        "product",
                        "year",
                        world,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    private static List<ClusterDefinitions.Item> a10() throws IOException {
        List<ClusterDefinitions.Item> items = new ArrayList<>();
        try (RowSource source = RowSource.csv(new ClassPathResource("mapping/nace-a10.csv").getInputStream(), false)) {
            String[] row;
            while ((row = source.next()) != null) {
                items.add(new ClusterDefinitions.Item(row[0], row[1], row[2], row[3]));
            }
        }
        return items;
    }

    private void load(long workspace, String file, String reference, ColumnMapping mapping) throws IOException {
        Path data = copy(file);
        Path ref = reference == null ? null : copy(reference);
        try {
            ImportService.Result r = imports.importFile(
                    workspace, "demo", data, file, mapping, ref, reference, ImportService.Progress.NONE);
            log.info("Demo dataset '{}': {} rows", mapping.name(), r.rows());
        } finally {
            Files.deleteIfExists(data);
            if (ref != null) {
                Files.deleteIfExists(ref);
            }
        }
    }

    private static Path copy(String name) throws IOException {
        Path tmp = Files.createTempFile("cw-demo-", name.endsWith(".gz") ? ".csv.gz" : ".csv");
        try (InputStream in = new ClassPathResource("mapping/demo/" + name).getInputStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        return tmp;
    }
}
