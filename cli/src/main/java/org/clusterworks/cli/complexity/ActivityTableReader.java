package org.clusterworks.cli.complexity;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clusterworks.analytics.core.LabelledMatrix;

/**
 * Reads a long CSV table (one row per region x industry, with a header) into a region x industry matrix, codes sorted
 * and kept as text, missing cells 0.
 *
 * <p>The seam where the shared {@code org.clusterworks.cli.io} helpers can later replace this private reading: the
 * commands only call {@link #read}.
 */
public final class ActivityTableReader {

    private final boolean sumDuplicates;

    public ActivityTableReader(boolean sumDuplicates) {
        this.sumDuplicates = sumDuplicates;
    }

    public LabelledMatrix read(Path file, String regionColumn, String industryColumn, String valueColumn)
            throws BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        // Codes become small integers as they are met; rows are kept in primitive arrays in file order, so that
        // duplicates are found (and reported at their line) in the same order after the codes are sorted.
        Map<String, Integer> regionIds = new HashMap<>();
        Map<String, Integer> industryIds = new HashMap<>();
        Rows rows = new Rows();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = stripBom(parser.getHeaderNames());
            for (String column : List.of(regionColumn, industryColumn, valueColumn)) {
                if (!header.contains(column)) {
                    throw new BadInputException(file + ": missing column '" + column + "' (header has " + header + ")");
                }
            }
            int ri = header.indexOf(regionColumn);
            int ii = header.indexOf(industryColumn);
            int vi = header.indexOf(valueColumn);
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                String region = field(file, record, ri, line, regionColumn);
                String industry = field(file, record, ii, line, industryColumn);
                String text = field(file, record, vi, line, valueColumn);
                double value;
                try {
                    value = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new BadInputException(
                            file + ": line " + line + ", column '" + valueColumn + "': not a number: '" + text + "'");
                }
                if (!Double.isFinite(value) || value < 0) {
                    throw new BadInputException(file + ": line " + line + ", column '" + valueColumn
                            + "': must be a finite number >= 0, got '" + text + "'");
                }
                Integer r = regionIds.computeIfAbsent(region, k -> regionIds.size());
                Integer c = industryIds.computeIfAbsent(industry, k -> industryIds.size());
                rows.add(r, c, value, line);
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + ": cannot read as CSV: " + e.getMessage());
        }
        if (rows.size == 0) {
            throw new BadInputException(file + ": no data rows");
        }
        String[] rc = sortedCodes(regionIds);
        String[] ic = sortedCodes(industryIds);
        int[] regionPosition = positions(regionIds, rc);
        int[] industryPosition = positions(industryIds, ic);
        double[] values = new double[rc.length * ic.length];
        long[] firstLine = new long[values.length];
        for (int k = 0; k < rows.size; k++) {
            int cell = regionPosition[rows.region[k]] * ic.length + industryPosition[rows.industry[k]];
            if (firstLine[cell] != 0 && !sumDuplicates) {
                throw new BadInputException(file + ": line " + rows.line[k] + ": duplicate row for region '"
                        + rc[regionPosition[rows.region[k]]] + "' and industry '"
                        + ic[industryPosition[rows.industry[k]]] + "' (first at line " + firstLine[cell]
                        + "); use --sum-duplicates to add them");
            }
            if (firstLine[cell] == 0) {
                firstLine[cell] = rows.line[k];
            }
            values[cell] += rows.value[k];
        }
        return new LabelledMatrix(rc, ic, values);
    }

    private static String[] sortedCodes(Map<String, Integer> ids) {
        String[] codes = ids.keySet().toArray(String[]::new);
        Arrays.sort(codes);
        return codes;
    }

    /** position[id] = index of the code with that id in the sorted codes. */
    private static int[] positions(Map<String, Integer> ids, String[] sorted) {
        int[] position = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            position[ids.get(sorted[i])] = i;
        }
        return position;
    }

    /** Growable primitive columns of the rows read so far. */
    private static final class Rows {
        int size;
        int[] region = new int[1024];
        int[] industry = new int[1024];
        double[] value = new double[1024];
        long[] line = new long[1024];

        void add(int r, int c, double v, long l) {
            if (size == region.length) {
                int n = size * 2;
                region = Arrays.copyOf(region, n);
                industry = Arrays.copyOf(industry, n);
                value = Arrays.copyOf(value, n);
                line = Arrays.copyOf(line, n);
            }
            region[size] = r;
            industry[size] = c;
            value[size] = v;
            line[size] = l;
            size++;
        }
    }

    private static List<String> stripBom(List<String> header) {
        List<String> out = new ArrayList<>(header);
        if (!out.isEmpty() && out.get(0).startsWith("\uFEFF")) {
            out.set(0, out.get(0).substring(1));
        }
        return out;
    }

    private static String field(Path file, CSVRecord record, int index, long line, String column)
            throws BadInputException {
        if (index >= record.size() || record.get(index).isEmpty()) {
            throw new BadInputException(file + ": line " + line + ", column '" + column + "': empty");
        }
        return record.get(index);
    }
}
