package org.clusterworks.cli.complexity;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
        Map<String, Map<String, double[]>> cells = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        TreeSet<String> regions = new TreeSet<>();
        TreeSet<String> industries = new TreeSet<>();
        long rows = 0;
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
                String key = region + "\u0000" + industry;
                double[] cell =
                        cells.computeIfAbsent(region, r -> new HashMap<>()).get(industry);
                if (cell != null) {
                    if (!sumDuplicates) {
                        throw new BadInputException(file + ": line " + line + ": duplicate row for region '" + region
                                + "' and industry '" + industry + "' (first at line " + firstLine.get(key)
                                + "); use --sum-duplicates to add them");
                    }
                    cell[0] += value;
                } else {
                    cells.get(region).put(industry, new double[] {value});
                    firstLine.put(key, line);
                }
                regions.add(region);
                industries.add(industry);
                rows++;
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + ": cannot read as CSV: " + e.getMessage());
        }
        if (rows == 0) {
            throw new BadInputException(file + ": no data rows");
        }
        String[] rc = regions.toArray(String[]::new);
        String[] ic = industries.toArray(String[]::new);
        Map<String, Integer> industryIndex = new HashMap<>();
        for (int i = 0; i < ic.length; i++) {
            industryIndex.put(ic[i], i);
        }
        double[] values = new double[rc.length * ic.length];
        for (int r = 0; r < rc.length; r++) {
            for (Map.Entry<String, double[]> e : cells.get(rc[r]).entrySet()) {
                values[r * ic.length + industryIndex.get(e.getKey())] = e.getValue()[0];
            }
        }
        return new LabelledMatrix(rc, ic, values);
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
