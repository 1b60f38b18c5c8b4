package org.clusterworks.mapping.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.regex.Pattern;
import org.clusterworks.mapping.dataset.Schemes;

/**
 * Reads a {@link RowSource} with a {@link ColumnMapping} into {@link ParsedData}, collecting every problem (bad or
 * empty codes, years, non-numbers, negatives, duplicates, codes unknown to the chosen schemes) instead of stopping
 * at the first, so the user can fix the file in one go. Nothing here touches the database.
 */
public final class ImportParser {

    /** Problems listed in full; the rest are only counted. */
    public static final int LIST_LIMIT = 1000;

    private final Schemes schemes;
    private final long workspaceId;
    private final List<ImportProblem> problems = new ArrayList<>();
    private long problemCount;

    public ImportParser(Schemes schemes, long workspaceId) {
        this.schemes = schemes;
        this.workspaceId = workspaceId;
    }

    private void problem(long row, String column, String message) {
        problemCount++;
        if (problems.size() < LIST_LIMIT) {
            problems.add(new ImportProblem(row, column, message));
        }
    }

    /**
     * Parses and validates everything; throws {@link ImportRejected} listing all problems.
     *
     * @param progress told the fraction of the file read, now and then
     */
    public ParsedData parse(RowSource source, ColumnMapping mapping, DoubleConsumer progress) throws IOException {
        List<String> header = source.header();
        List<String> mappingProblems = new ArrayList<>(mapping.problems(header));
        if (!ColumnMapping.blank(mapping.regionScheme()) && !schemes.isRegionScheme(mapping.regionScheme())) {
            mappingProblems.add("mapping: unknown region scheme '" + mapping.regionScheme() + "'; known: "
                    + schemes.regionSchemes());
        }
        if (!ColumnMapping.blank(mapping.industryScheme())
                && !schemes.isIndustryScheme(workspaceId, mapping.industryScheme())) {
            mappingProblems.add("mapping: unknown industry scheme or cluster definition '" + mapping.industryScheme()
                    + "'; known: " + schemes.industrySchemes(workspaceId));
        }
        if (!mappingProblems.isEmpty()) {
            mappingProblems.forEach(m -> problem(0, "", m));
            throw new ImportRejected(problems, problemCount);
        }
        int[] regionCols = columns(header, mapping.region());
        int[] industryCols = columns(header, mapping.industry());
        boolean constantYear = mapping.year().startsWith("=");
        int constant =
                constantYear ? Integer.parseInt(mapping.year().substring(1).trim()) : 0;
        int yearCol = constantYear ? -1 : ColumnMapping.indexOf(header, mapping.year());
        List<String> measures = new ArrayList<>(mapping.measures().keySet());
        int[] measureCols = new int[measures.size()];
        for (int m = 0; m < measureCols.length; m++) {
            measureCols[m] = ColumnMapping.indexOf(header, mapping.measures().get(measures.get(m)));
        }
        int flagCol = ColumnMapping.blank(mapping.flag()) ? -1 : ColumnMapping.indexOf(header, mapping.flag());
        int[] keepCols = new int[mapping.keep().size()];
        Pattern[] keepPatterns = new Pattern[keepCols.length];
        int k = 0;
        for (Map.Entry<String, String> e : mapping.keep().entrySet()) {
            keepCols[k] = ColumnMapping.indexOf(header, e.getKey());
            keepPatterns[k++] = Pattern.compile(e.getValue());
        }
        boolean eurostat = "eurostat-nace".equals(mapping.industryCodes());
        boolean cbp = "cbp-empflag".equals(mapping.suppression());
        int employment = measures.indexOf("employment");
        String refRegion = ColumnMapping.blank(mapping.referenceRegion())
                ? null
                : mapping.referenceRegion().trim();
        String regionName = String.join("+", mapping.region().split("\\+"));
        String yearName = constantYear ? "year" : header.get(yearCol);

        Dictionary regions = new Dictionary();
        Dictionary industries = new Dictionary();
        int capacity = 1 << 14;
        int[] region = new int[capacity];
        int[] industry = new int[capacity];
        int[] period = new int[capacity];
        long[] rowNo = new long[capacity];
        double[][] values = new double[measures.size()][capacity];
        String[] flags = flagCol >= 0 ? new String[capacity] : null;
        LongIntMap seen = new LongIntMap(capacity);
        Map<String, Map<Integer, double[]>> reference = new LinkedHashMap<>();
        Map<String, Long> referenceRows = new HashMap<>();
        long skipped = 0;
        long imputed = 0;
        int n = 0;
        double[] rowValues = new double[measures.size()];
        String[] fields;
        long lastReport = 0;
        while ((fields = source.next()) != null) {
            long row = source.rowNumber();
            if (row - lastReport >= 20_000) {
                lastReport = row;
                progress.accept(source.progress());
            }
            boolean keep = true;
            for (int f = 0; f < keepCols.length && keep; f++) {
                keep = keepPatterns[f].matcher(field(fields, keepCols[f])).matches();
            }
            if (!keep) {
                skipped++;
                continue;
            }
            boolean ok = true;
            String regionCode = joined(fields, regionCols);
            if (regionCode.isEmpty()) {
                problem(row, regionName, "empty region code");
                ok = false;
            } else if (regionCode.length() > 32) {
                problem(row, regionName, "region code longer than 32 characters");
                ok = false;
            }
            String industryCode = joined(fields, industryCols);
            if (eurostat && industryCode.matches("[A-U]\\d{2,4}")) {
                industryCode = industryCode.substring(1);
            }
            if (industryCode.isEmpty()) {
                problem(row, mapping.industry(), "empty industry code");
                ok = false;
            } else if (industryCode.length() > 160) {
                problem(row, mapping.industry(), "industry code longer than 160 characters");
                ok = false;
            }
            int yearValue = constant;
            if (!constantYear) {
                String y = field(fields, yearCol);
                yearValue = parseYear(y);
                if (yearValue < 0) {
                    problem(row, yearName, "'" + y + "' is not a year");
                    ok = false;
                }
            }
            String flag = flagCol >= 0 ? field(fields, flagCol) : null;
            for (int m = 0; m < measureCols.length; m++) {
                String text = field(fields, measureCols[m]);
                String column = header.get(measureCols[m]);
                if (text.isEmpty()) {
                    problem(row, column, "empty value (write 0 for none)");
                    ok = false;
                    continue;
                }
                double v = parseNumber(text);
                if (Double.isNaN(v)) {
                    problem(row, column, "'" + text + "' is not a number");
                    ok = false;
                } else if (v < 0) {
                    problem(row, column, "negative value " + text);
                    ok = false;
                } else {
                    rowValues[m] = v;
                }
            }
            if (ok && cbp && employment >= 0 && rowValues[employment] == 0 && flag != null && !flag.isEmpty()) {
                double mid = cbpMidpoint(flag);
                if (!Double.isNaN(mid)) {
                    rowValues[employment] = mid;
                    imputed++;
                }
            }
            if (!ok) {
                continue;
            }
            if (regionCode.equals(refRegion)) {
                Map<Integer, double[]> byYear = reference.computeIfAbsent(industryCode, x -> new HashMap<>());
                String key = industryCode + "\u0000" + yearValue;
                Long other = referenceRows.putIfAbsent(key, row);
                if (other != null) {
                    problem(
                            row,
                            regionName,
                            "duplicate reference total for " + industryCode + " in " + yearValue + " (also row " + other
                                    + ")");
                } else {
                    byYear.put(yearValue, rowValues.clone());
                }
                continue;
            }
            int r = regions.index(regionCode);
            int i = industries.index(industryCode);
            long key = ((long) r << 40) | ((long) i << 16) | (yearValue & 0xFFFF);
            int previous = seen.putIfAbsent(key, n);
            if (previous >= 0) {
                problem(
                        row,
                        mapping.industry(),
                        "duplicate: region " + regionCode + ", industry " + industryCode + ", year " + yearValue
                                + " already in row " + rowNo[previous]);
                continue;
            }
            if (n == region.length) {
                int grown = n * 2;
                region = Arrays.copyOf(region, grown);
                industry = Arrays.copyOf(industry, grown);
                period = Arrays.copyOf(period, grown);
                rowNo = Arrays.copyOf(rowNo, grown);
                for (int m = 0; m < values.length; m++) {
                    values[m] = Arrays.copyOf(values[m], grown);
                }
                if (flags != null) {
                    flags = Arrays.copyOf(flags, grown);
                }
            }
            region[n] = r;
            industry[n] = i;
            period[n] = yearValue;
            rowNo[n] = row;
            for (int m = 0; m < values.length; m++) {
                values[m][n] = rowValues[m];
            }
            if (flags != null) {
                flags[n] = flag == null || flag.isEmpty() ? null : flag.length() > 8 ? flag.substring(0, 8) : flag;
            }
            n++;
        }
        progress.accept(1);
        if (n == 0 && problemCount == 0) {
            problem(0, "", "the file has no data rows" + (skipped > 0 ? " (" + skipped + " rows filtered out)" : ""));
        }
        // Codes unknown to the chosen schemes: every row that uses one is listed.
        Set<String> badRegions = schemes.unknownRegions(mapping.regionScheme(), regions.codes());
        Set<String> badIndustries =
                schemes.unknownIndustries(workspaceId, mapping.industryScheme(), industries.codes());
        Set<String> badReference = schemes.unknownIndustries(workspaceId, mapping.industryScheme(), reference.keySet());
        if (!badRegions.isEmpty() || !badIndustries.isEmpty()) {
            boolean[] badR = regions.flags(badRegions);
            boolean[] badI = industries.flags(badIndustries);
            for (int j = 0; j < n; j++) {
                if (badR[region[j]]) {
                    problem(
                            rowNo[j],
                            regionName,
                            "unknown region code '" + regions.codes().get(region[j]) + "' in scheme "
                                    + mapping.regionScheme());
                }
                if (badI[industry[j]]) {
                    problem(
                            rowNo[j],
                            mapping.industry(),
                            "unknown industry code '" + industries.codes().get(industry[j]) + "' in "
                                    + mapping.industryScheme());
                }
            }
        }
        for (String code : badReference) {
            problem(
                    referenceRows.entrySet().stream()
                            .filter(e -> e.getKey().startsWith(code + "\u0000"))
                            .mapToLong(Map.Entry::getValue)
                            .min()
                            .orElse(0),
                    mapping.industry(),
                    "unknown industry code '" + code + "' in the reference totals");
        }
        if (problemCount > 0) {
            problems.sort(java.util.Comparator.comparingLong(ImportProblem::row));
            throw new ImportRejected(problems, problemCount);
        }
        for (int m = 0; m < values.length; m++) {
            values[m] = Arrays.copyOf(values[m], n);
        }
        return new ParsedData(
                measures,
                regions.codes(),
                industries.codes(),
                n,
                Arrays.copyOf(region, n),
                Arrays.copyOf(industry, n),
                Arrays.copyOf(period, n),
                values,
                flags == null ? null : Arrays.copyOf(flags, n),
                reference,
                skipped,
                imputed);
    }

    /**
     * Reads a separate reference-totals file (e.g. national figures) whose columns are named like the mapping's
     * industry, year and measure columns or by the measure names; a missing year column means every year.
     */
    public Map<String, Map<Integer, double[]>> parseReference(RowSource source, ColumnMapping mapping, int[] years)
            throws IOException {
        List<String> header = source.header();
        int ind = firstColumn(header, mapping.industry(), "industry", "cluster", "cluster_code", "code");
        int yearCol = mapping.year().startsWith("=") ? -1 : firstColumn(header, mapping.year(), "year");
        List<String> measures = new ArrayList<>(mapping.measures().keySet());
        int[] cols = new int[measures.size()];
        for (int m = 0; m < cols.length; m++) {
            cols[m] = firstColumn(header, mapping.measures().get(measures.get(m)), measures.get(m));
        }
        if (ind < 0) {
            problem(1, "", "reference file: no industry/cluster column (" + mapping.industry() + ")");
            throw new ImportRejected(problems, problemCount);
        }
        Map<String, Map<Integer, double[]>> out = new LinkedHashMap<>();
        String[] fields;
        while ((fields = source.next()) != null) {
            long row = source.rowNumber();
            String code = field(fields, ind);
            double[] v = new double[cols.length];
            boolean ok = true;
            for (int m = 0; m < cols.length; m++) {
                if (cols[m] < 0) {
                    v[m] = Double.NaN;
                    continue;
                }
                String t = field(fields, cols[m]);
                v[m] = t.isEmpty() ? Double.NaN : parseNumber(t);
                if (!t.isEmpty() && (Double.isNaN(v[m]) || v[m] < 0)) {
                    problem(row, header.get(cols[m]), "reference file: '" + t + "' is not a non-negative number");
                    ok = false;
                }
            }
            List<Integer> ys = new ArrayList<>();
            if (yearCol >= 0) {
                int y = parseYear(field(fields, yearCol));
                if (y < 0) {
                    problem(row, header.get(yearCol), "reference file: not a year");
                    ok = false;
                }
                ys.add(y);
            } else {
                Arrays.stream(years).forEach(ys::add);
            }
            if (ok) {
                for (int y : ys) {
                    if (out.computeIfAbsent(code, x -> new HashMap<>()).put(y, v) != null) {
                        problem(row, header.get(ind), "reference file: duplicate total for " + code + " in " + y);
                    }
                }
            }
        }
        for (String code : schemes.unknownIndustries(workspaceId, mapping.industryScheme(), out.keySet())) {
            problem(0, header.get(ind), "reference file: unknown industry code '" + code + "'");
        }
        if (problemCount > 0) {
            throw new ImportRejected(problems, problemCount);
        }
        return out;
    }

    private static int firstColumn(List<String> header, String... names) {
        for (String n : names) {
            if (n != null && !n.startsWith("=")) {
                int i = ColumnMapping.indexOf(header, n);
                if (i >= 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int[] columns(List<String> header, String ref) {
        String[] parts = ref.split("\\+");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = ColumnMapping.indexOf(header, parts[i].trim());
        }
        return out;
    }

    private static String field(String[] fields, int i) {
        return i < fields.length && fields[i] != null ? fields[i].strip() : "";
    }

    private static String joined(String[] fields, int[] cols) {
        if (cols.length == 1) {
            return field(fields, cols[0]);
        }
        StringBuilder b = new StringBuilder();
        for (int c : cols) {
            b.append(field(fields, c));
        }
        return b.toString();
    }

    /** A year such as 2016 or 2016.0 (as R and pandas write them), or -1. */
    static int parseYear(String text) {
        String t = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (t.length() != 4) {
            return -1;
        }
        int y = 0;
        for (int i = 0; i < 4; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            y = y * 10 + (c - '0');
        }
        return y >= 1000 && y <= 2999 ? y : -1;
    }

    /** A plain number (digits, optional sign, point, exponent), or NaN. Thousands separators are refused. */
    static double parseNumber(String text) {
        int len = text.length();
        boolean simple = len > 0 && len < 16;
        long whole = 0;
        for (int i = 0; i < len && simple; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                whole = whole * 10 + (c - '0');
            } else {
                simple = false;
            }
        }
        if (simple) {
            return whole;
        }
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Midpoint of a County Business Patterns employment-size class (empflag A-M), or NaN. */
    static double cbpMidpoint(String flag) {
        return switch (flag) {
            case "A" -> 10;
            case "B" -> 60;
            case "C" -> 175;
            case "E" -> 375;
            case "F" -> 750;
            case "G" -> 1750;
            case "H" -> 3750;
            case "I" -> 7500;
            case "J" -> 17500;
            case "K" -> 37500;
            case "L" -> 75000;
            case "M" -> 100000;
            default -> Double.NaN;
        };
    }

    /** Codes numbered in order of first appearance. */
    static final class Dictionary {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> codes = new ArrayList<>();

        int index(String code) {
            Integer i = index.get(code);
            if (i == null) {
                i = codes.size();
                index.put(code, i);
                codes.add(code);
            }
            return i;
        }

        List<String> codes() {
            return codes;
        }

        boolean[] flags(Set<String> chosen) {
            boolean[] out = new boolean[codes.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = chosen.contains(codes.get(i));
            }
            return out;
        }
    }

    /** Open-addressing long to int map (duplicate detection on millions of rows without boxing). */
    static final class LongIntMap {
        private long[] keys;
        private int[] vals;
        private boolean[] used;
        private int size;

        LongIntMap(int capacity) {
            int c = Integer.highestOneBit(Math.max(16, capacity) * 2);
            keys = new long[c];
            vals = new int[c];
            used = new boolean[c];
        }

        /** Stores key -> value unless present; returns the present value or -1. */
        int putIfAbsent(long key, int value) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = (int) (mix(key) & mask);
            while (used[i]) {
                if (keys[i] == key) {
                    return vals[i];
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = key;
            vals[i] = value;
            size++;
            return -1;
        }

        private void grow() {
            long[] ok = keys;
            int[] ov = vals;
            boolean[] ou = used;
            keys = new long[ok.length * 2];
            vals = new int[ok.length * 2];
            used = new boolean[ok.length * 2];
            size = 0;
            for (int i = 0; i < ok.length; i++) {
                if (ou[i]) {
                    putIfAbsent(ok[i], ov[i]);
                }
            }
        }

        private static long mix(long x) {
            x ^= x >>> 33;
            x *= 0xff51afd7ed558ccdL;
            x ^= x >>> 33;
            return x;
        }
    }
}
