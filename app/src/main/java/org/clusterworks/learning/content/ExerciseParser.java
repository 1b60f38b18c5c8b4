package org.clusterworks.learning.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a module's exercise.yaml (learning/FORMAT.md, "exercise.yaml"). */
final class ExerciseParser {

    private ExerciseParser() {}

    static final Set<String> TYPES = Set.of("location-quotient", "shift-share", "classification");

    static List<Exercise> parse(String yaml, String file, Problems problems, Set<String> ids) {
        Map<String, Object> root = Fields.map(CourseLoader.yaml(yaml, file, problems));
        List<Exercise> out = new ArrayList<>();
        Fields top = new Fields(file, null, problems);
        if (root == null) {
            top.problem("exercises", "the file must be a mapping with a list 'exercises'");
            return out;
        }
        top.onlyKeys(root, "", Set.of("exercises"));
        List<Object> list = top.list(root, "exercises", true);
        for (int n = 0; list != null && n < list.size(); n++) {
            Map<String, Object> e = Fields.map(list.get(n));
            Object idValue = e == null ? null : e.get("id");
            String id = idValue instanceof String s && Fields.ID.matcher(s).matches() ? s : "exercise " + (n + 1);
            Fields f = new Fields(file, id, problems);
            if (e == null) {
                f.problem("exercises[" + (n + 1) + "]", "must be a mapping");
                continue;
            }
            f.string(e, "id", true, Fields.ID);
            if (idValue instanceof String s && !ids.add(s)) {
                f.problem("id", "is used by another exercise of the course");
            }
            String type = f.string(e, "type", true, null);
            if (type != null && !TYPES.contains(type)) {
                f.problem(
                        "type",
                        "'" + type + "' is not a known exercise type (location-quotient, shift-share, classification)");
                continue;
            }
            Text title = f.text(e, "title", true);
            if ("classification".equals(type)) {
                f.onlyKeys(e, "", Set.of("id", "type", "title", "categories", "items"));
                ClassifyExercise c = classification(e, id, title, f);
                if (c != null) {
                    out.add(c);
                }
                continue;
            }
            boolean shiftShare = "shift-share".equals(type);
            f.onlyKeys(
                    e,
                    "",
                    shiftShare
                            ? Set.of(
                                    "id",
                                    "type",
                                    "title",
                                    "unit",
                                    "years",
                                    "regions",
                                    "industries",
                                    "values",
                                    "finalValues",
                                    "ask",
                                    "tolerance")
                            : Set.of(
                                    "id",
                                    "type",
                                    "title",
                                    "unit",
                                    "regions",
                                    "industries",
                                    "values",
                                    "ask",
                                    "tolerance"));
            Text unit = f.text(e, "unit", false);
            List<String> regions = f.strings(e, "regions", true);
            if (regions != null
                    && (regions.size() < 2
                            || regions.size() > 10
                            || Set.copyOf(regions).size() < regions.size())) {
                f.problem("regions", "needs 2 to 10 distinct region names");
            }
            List<Object> ind = f.list(e, "industries", true);
            List<Text> industries = new ArrayList<>();
            for (int i = 0; ind != null && i < ind.size(); i++) {
                Map<String, Object> holder = Map.of("industries", ind.get(i));
                Text t = f.text(holder, "industries[" + (i + 1) + "]", true);
                if (t != null) {
                    industries.add(t);
                }
            }
            if (ind != null && (ind.size() < 2 || ind.size() > 10)) {
                f.problem("industries", "needs 2 to 10 industries");
            }
            double[][] values = table(e, "values", f, regions, ind);
            double[][] finalValues = shiftShare ? table(e, "finalValues", f, regions, ind) : null;
            Map<String, Object> ask = Fields.map(e.get("ask"));
            int askRegion = -1;
            int askIndustry = -1;
            if (ask == null) {
                f.problem("ask", "missing (region and industry of the cell to compute)");
            } else {
                f.onlyKeys(ask, "ask.", Set.of("region", "industry"));
                String region = f.string(ask, "ask.region", true, null);
                Integer industry = f.integer(ask, "ask.industry", null, 1, 10);
                askRegion = regions == null || region == null ? -1 : regions.indexOf(region);
                if (region != null && regions != null && askRegion < 0) {
                    f.problem("ask.region", "'" + region + "' is not one of the regions");
                }
                if (industry != null && ind != null && industry > ind.size()) {
                    f.problem("ask.industry", "there are only " + ind.size() + " industries");
                } else if (industry != null) {
                    askIndustry = industry - 1;
                }
            }
            Double tolerance = f.number(e, "tolerance", 0.01);
            if (tolerance != null && tolerance < 0) {
                f.problem("tolerance", "must not be negative");
            }
            if (shiftShare) {
                List<String> years = f.strings(e, "years", true);
                if (years != null && years.size() != 2) {
                    f.problem("years", "needs the base year and the final year");
                }
                if (values != null
                        && finalValues != null
                        && years != null
                        && years.size() == 2
                        && askRegion >= 0
                        && askIndustry >= 0
                        && title != null
                        && tolerance != null) {
                    boolean positive = true;
                    for (int c = 0; c < industries.size(); c++) {
                        positive &= ShiftShareExercise.columnTotal(values, c) > 0;
                    }
                    if (!positive || values[askRegion][askIndustry] <= 0) {
                        f.problem(
                                "values", "every industry total and the asked cell must be positive in the base year");
                    } else {
                        out.add(new ShiftShareExercise(
                                id,
                                title,
                                unit,
                                years.get(0),
                                years.get(1),
                                List.copyOf(regions),
                                List.copyOf(industries),
                                values,
                                finalValues,
                                askRegion,
                                askIndustry,
                                tolerance));
                    }
                }
                continue;
            }
            if (values != null
                    && values.length == (regions == null ? -1 : regions.size())
                    && askRegion >= 0
                    && askIndustry >= 0
                    && title != null
                    && tolerance != null) {
                LqExercise ex = new LqExercise(
                        id,
                        title,
                        unit,
                        List.copyOf(regions),
                        List.copyOf(industries),
                        values,
                        askRegion,
                        askIndustry,
                        tolerance);
                boolean positive = ex.total() > 0
                        && ex.regionTotal(askRegion) > 0
                        && ex.industryTotal(askIndustry) > 0
                        && values[askRegion][askIndustry] > 0;
                for (int r = 0; r < values.length; r++) {
                    positive &= ex.regionTotal(r) > 0;
                }
                for (int c = 0; c < industries.size(); c++) {
                    positive &= ex.industryTotal(c) > 0;
                }
                if (!positive) {
                    f.problem("values", "every region total, industry total and the asked cell must be positive");
                } else {
                    out.add(ex);
                }
            }
        }
        return out;
    }

    /** A table of one row per region and one non-negative number per industry, or null after a problem. */
    private static double[][] table(
            Map<String, Object> e, String key, Fields f, List<String> regions, List<Object> ind) {
        List<Object> rows = f.list(e, key, true);
        if (rows == null || regions == null || ind == null) {
            return null;
        }
        double[][] values = new double[rows.size()][];
        if (rows.size() != regions.size()) {
            f.problem(key, "needs one row per region (" + regions.size() + "), found " + rows.size());
            return null;
        }
        boolean ok = true;
        for (int r = 0; r < rows.size(); r++) {
            values[r] = new double[ind.size()];
            if (!(rows.get(r) instanceof List<?> row) || row.size() != ind.size()) {
                f.problem(key + "[" + (r + 1) + "]", "needs one number per industry (" + ind.size() + ")");
                return null;
            }
            for (int c = 0; c < row.size(); c++) {
                if (!(row.get(c) instanceof Number num) || num.doubleValue() < 0) {
                    f.problem(
                            key + "[" + (r + 1) + "][" + (c + 1) + "]",
                            "must be a non-negative number, found " + Fields.describe(row.get(c)));
                    ok = false;
                } else {
                    values[r][c] = num.doubleValue();
                }
            }
        }
        return ok ? values : null;
    }

    /** A classification exercise: categories with keys and labels, items each with one or more accepted keys. */
    private static ClassifyExercise classification(Map<String, Object> e, String id, Text title, Fields f) {
        List<Object> cats = f.list(e, "categories", true);
        List<ClassifyExercise.Category> categories = new ArrayList<>();
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (int i = 0; cats != null && i < cats.size(); i++) {
            Map<String, Object> c = Fields.map(cats.get(i));
            String where = "categories[" + (i + 1) + "]";
            if (c == null) {
                f.problem(where, "must be a mapping with key and label");
                continue;
            }
            f.onlyKeys(c, where + ".", Set.of("key", "label"));
            String key = f.string(c, where + ".key", true, Fields.ID);
            Text label = f.text(c, where + ".label", true);
            if (key != null && !keys.add(key)) {
                f.problem(where + ".key", "'" + key + "' is used by another category");
            }
            if (key != null && label != null) {
                categories.add(new ClassifyExercise.Category(key, label));
            }
        }
        if (cats != null && (cats.size() < 2 || cats.size() > 8)) {
            f.problem("categories", "needs 2 to 8 categories");
        }
        List<Object> list = f.list(e, "items", true);
        List<ClassifyExercise.Item> items = new ArrayList<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            Map<String, Object> it = Fields.map(list.get(i));
            String where = "items[" + (i + 1) + "]";
            if (it == null) {
                f.problem(where, "must be a mapping with text and category");
                continue;
            }
            f.onlyKeys(it, where + ".", Set.of("text", "category"));
            Text text = f.text(it, where + ".text", true);
            Object cat = it.get("category");
            List<String> accepted = cat instanceof String one
                    ? List.of(one)
                    : cat instanceof List<?> many
                            ? many.stream().map(String::valueOf).toList()
                            : List.of();
            if (accepted.isEmpty()) {
                f.problem(where + ".category", "missing: the key (or list of keys) of the accepted category");
            }
            for (String a : accepted) {
                if (!keys.contains(a)) {
                    f.problem(where + ".category", "'" + a + "' is not one of the categories " + keys);
                }
            }
            if (text != null && !accepted.isEmpty() && keys.containsAll(accepted)) {
                items.add(new ClassifyExercise.Item(text, Set.copyOf(accepted)));
            }
        }
        if (list != null && (list.size() < 2 || list.size() > 40)) {
            f.problem("items", "needs 2 to 40 items");
        }
        if (title == null
                || cats == null
                || list == null
                || items.size() != list.size()
                || categories.size() != cats.size()) {
            return null;
        }
        return new ClassifyExercise(id, title, List.copyOf(categories), List.copyOf(items));
    }
}
