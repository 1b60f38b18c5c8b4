package org.clusterworks.analytics.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.clusterworks.analytics.core.LabelledMatrix;

/** Reads the test fixtures under {@code src/test/resources/fixtures} (plain or gzip CSV with a header). */
public final class Fixtures {

    public static final String WORLD = "/fixtures/world-trade-1998-2000/";

    private Fixtures() {}

    /** The file of a test resource, as a path relative to the module (for code that reads files). */
    public static java.nio.file.Path resource(String relative) {
        return java.nio.file.Path.of("src/test/resources").resolve(relative);
    }

    /** Rows of a test resource CSV given relative to {@code src/test/resources}, as maps from header to text. */
    public static List<Map<String, String>> read(String relative) {
        return csv("/" + relative);
    }

    /** Rows of a CSV as maps from header to text (quote-aware, strips a byte-order mark). */
    public static List<Map<String, String>> csv(String resource) {
        try (InputStream raw = Fixtures.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String headerLine = reader.readLine();
            if (headerLine.startsWith("\uFEFF")) {
                headerLine = headerLine.substring(1);
            }
            List<String> header = split(headerLine);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isEmpty()) {
                    continue;
                }
                List<String> fields = split(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), fields.get(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }

    /** Pivots long rows into a region x industry matrix (codes sorted, duplicates summed, missing cells 0). */
    public static LabelledMatrix pivot(List<Map<String, String>> rows, String region, String industry, String value) {
        TreeSet<String> regions = new TreeSet<>();
        TreeSet<String> industries = new TreeSet<>();
        for (Map<String, String> r : rows) {
            regions.add(r.get(region));
            industries.add(r.get(industry));
        }
        String[] rc = regions.toArray(String[]::new);
        String[] ic = industries.toArray(String[]::new);
        Map<String, Integer> ri = index(rc);
        Map<String, Integer> ii = index(ic);
        double[] v = new double[rc.length * ic.length];
        for (Map<String, String> r : rows) {
            v[ri.get(r.get(region)) * ic.length + ii.get(r.get(industry))] += Double.parseDouble(r.get(value));
        }
        return new LabelledMatrix(rc, ic, v);
    }

    public static Map<String, Integer> index(String[] codes) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            m.put(codes[i], i);
        }
        return m;
    }

    /** The world trade matrix, 226 countries x 785 SITC4 products. */
    public static LabelledMatrix worldTrade() {
        return pivot(csv(WORLD + "input_world_trade_avg_1998_to_2000.csv"), "country", "product", "value");
    }

    /** Two-column CSV as code -> value. */
    public static Map<String, Double> vector(String resource, String key, String value) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Map<String, String> r : csv(resource)) {
            m.put(r.get(key), Double.parseDouble(r.get(value)));
        }
        return m;
    }
}
