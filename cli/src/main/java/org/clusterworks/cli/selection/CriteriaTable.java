package org.clusterworks.cli.selection;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clusterworks.cli.complexity.BadInputException;

/**
 * Candidates x criteria read from a wide CSV, and AHP matrices; the private CSV reading the shared
 * {@code org.clusterworks.cli.io} helpers can later replace.
 */
record CriteriaTable(String[] candidates, double[][] values) {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .get();

    static CriteriaTable read(Path file, String candidateColumn, List<String> criteria) throws BadInputException {
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Reader reader = open(file);
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> header = header(parser);
            List<String> needed = new ArrayList<>();
            needed.add(candidateColumn);
            needed.addAll(criteria);
            for (String c : needed) {
                if (!header.contains(c)) {
                    throw new BadInputException(file + ": missing column '" + c + "' (header has " + header + ")");
                }
            }
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                String name = get(r, header.indexOf(candidateColumn));
                if (name.isEmpty()) {
                    throw new BadInputException(file + ": line " + line + ", column '" + candidateColumn + "': empty");
                }
                if (!seen.add(name)) {
                    throw new BadInputException(file + ": line " + line + ": duplicate candidate '" + name + "'");
                }
                double[] v = new double[criteria.size()];
                for (int k = 0; k < v.length; k++) {
                    String text = get(r, header.indexOf(criteria.get(k)));
                    v[k] = number(text, file + ": line " + line + ", column '" + criteria.get(k) + "'");
                }
                names.add(name);
                rows.add(v);
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + ": cannot read as CSV: " + e.getMessage());
        }
        if (names.isEmpty()) {
            throw new BadInputException(file + ": no data rows");
        }
        double[][] values = new double[criteria.size()][names.size()];
        for (int i = 0; i < names.size(); i++) {
            for (int k = 0; k < criteria.size(); k++) {
                values[k][i] = rows.get(i)[k];
            }
        }
        return new CriteriaTable(names.toArray(String[]::new), values);
    }

    /** Reads a pairwise matrix laid out as header 'criterion,c1,...' and one row per criterion, in criteria order. */
    static double[] readAhp(Path file, List<String> criteria) throws BadInputException {
        int m = criteria.size();
        double[] a = new double[m * m];
        boolean[] filled = new boolean[m];
        try (Reader reader = open(file);
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> header = header(parser);
            for (String c : criteria) {
                if (!header.contains(c)) {
                    throw new BadInputException(file + ": missing column '" + c + "'");
                }
            }
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                String rowName = get(r, 0);
                int i = criteria.indexOf(rowName);
                if (i < 0) {
                    throw new BadInputException(file + ": line " + line + ": unknown criterion '" + rowName + "'");
                }
                for (int j = 0; j < m; j++) {
                    String text = get(r, header.indexOf(criteria.get(j)));
                    a[i * m + j] = number(text, file + ": line " + line + ", column '" + criteria.get(j) + "'");
                }
                filled[i] = true;
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + ": cannot read as CSV: " + e.getMessage());
        }
        for (int i = 0; i < m; i++) {
            if (!filled[i]) {
                throw new BadInputException(file + ": no row for criterion '" + criteria.get(i) + "'");
            }
        }
        try {
            new org.clusterworks.analytics.selection.AhpWeights().compute(a, m);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": " + e.getMessage() + " (criteria " + criteria + ")");
        }
        return a;
    }

    private static Reader open(Path file) throws IOException, BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    private static List<String> header(CSVParser parser) {
        List<String> h = new ArrayList<>(parser.getHeaderNames());
        if (!h.isEmpty() && h.get(0).startsWith("\uFEFF")) {
            h.set(0, h.get(0).substring(1));
        }
        return h;
    }

    private static String get(CSVRecord r, int index) {
        return index < r.size() ? r.get(index) : "";
    }

    private static double number(String text, String where) throws BadInputException {
        try {
            int slash = text.indexOf('/');
            double v = slash > 0
                    ? Double.parseDouble(text.substring(0, slash)) / Double.parseDouble(text.substring(slash + 1))
                    : Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadInputException(where + ": not a number: '" + text + "'");
        }
    }
}
