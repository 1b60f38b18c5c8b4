package org.clusterworks.mapping.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * File layouts recognised from their header, so that the user does not have to map columns by hand: the U.S. Cluster
 * Mapping long format, County Business Patterns county and state files, Eurostat SDMX-CSV extracts.
 */
public final class KnownLayouts {

    private KnownLayouts() {}

    /** A recognised layout: its name and the mapping it proposes (without dataset name and metadata). */
    public record Layout(String key, String label, ColumnMapping mapping) {}

    public static Optional<Layout> detect(List<String> header) {
        Set<String> h =
                header.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        if (h.containsAll(Set.of("state_fips", "cluster_code", "employment"))) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("employment", "employment");
            if (h.contains("establishments")) {
                m.put("establishments", "establishments");
            }
            if (h.contains("annual_payroll_kusd")) {
                m.put("payroll_kusd", "annual_payroll_kusd");
            }
            return Optional.of(new Layout(
                    "us-cluster-mapping",
                    "U.S. Cluster Mapping states x clusters (long format)",
                    mapping(
                            "us-fips",
                            "us-benchmark-clusters",
                            "state_fips",
                            "cluster_code",
                            h.contains("year") ? "year" : "=2016",
                            m,
                            null,
                            Map.of(),
                            "as-is",
                            "none")));
        }
        if (h.containsAll(Set.of("fipstate", "naics", "emp", "est"))) {
            boolean county = h.contains("fipscty");
            Map<String, String> m = new LinkedHashMap<>();
            m.put("employment", "emp");
            m.put("establishments", "est");
            if (h.contains("ap")) {
                m.put("payroll_kusd", "ap");
            }
            Map<String, String> keep = new LinkedHashMap<>();
            keep.put("naics", "\\d{6}");
            if (county) {
                keep.put("fipscty", "(?!999)\\d{3}");
            }
            boolean flag = h.contains("empflag");
            return Optional.of(new Layout(
                    county ? "cbp-county" : "cbp-state",
                    county ? "County Business Patterns, county file" : "County Business Patterns, state file",
                    mapping(
                            "us-fips",
                            "naics-2017",
                            county ? "fipstate+fipscty" : "fipstate",
                            "naics",
                            h.contains("year") ? "year" : "=2016",
                            m,
                            flag ? "empflag" : null,
                            keep,
                            "as-is",
                            flag ? "cbp-empflag" : "none")));
        }
        if (h.containsAll(Set.of("geo", "time_period", "obs_value")) && h.contains("nace_r2")) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("employment", "OBS_VALUE");
            Map<String, String> keep = new LinkedHashMap<>();
            keep.put("nace_r2", "[A-U]\\d{2}");
            return Optional.of(new Layout(
                    "eurostat-sdmx",
                    "Eurostat SDMX-CSV extract (NACE Rev. 2 divisions)",
                    mapping(
                            "nuts-2021",
                            "nace-rev2",
                            "geo",
                            "nace_r2",
                            "TIME_PERIOD",
                            m,
                            h.contains("obs_flag") ? "OBS_FLAG" : null,
                            keep,
                            "eurostat-nace",
                            "none")));
        }
        return Optional.empty();
    }

    private static ColumnMapping mapping(
            String regionScheme,
            String industryScheme,
            String region,
            String industry,
            String year,
            Map<String, String> measures,
            String flag,
            Map<String, String> keep,
            String industryCodes,
            String suppression) {
        return new ColumnMapping(
                null,
                null,
                null,
                null,
                regionScheme,
                industryScheme,
                region,
                industry,
                year,
                measures,
                flag,
                null,
                keep,
                industryCodes,
                suppression,
                null);
    }
}
