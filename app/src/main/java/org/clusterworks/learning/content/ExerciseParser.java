package org.clusterworks.learning.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a module's exercise.yaml (learning/FORMAT.md, "exercise.yaml"). */
final class ExerciseParser {

    private ExerciseParser() {}

    static List<LqExercise> parse(String yaml, String file, Problems problems, Set<String> ids) {
        Map<String, Object> root = Fields.map(CourseLoader.yaml(yaml, file, problems));
        List<LqExercise> out = new ArrayList<>();
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
            f.onlyKeys(
                    e,
                    "",
                    Set.of("id", "type", "title", "unit", "regions", "industries", "values", "ask", "tolerance"));
            f.string(e, "id", true, Fields.ID);
            if (idValue instanceof String s && !ids.add(s)) {
                f.problem("id", "is used by another exercise of the course");
            }
            String type = f.string(e, "type", true, null);
            if (type != null && !type.equals("location-quotient")) {
                f.problem("type", "'" + type + "' is not a known exercise type (location-quotient)");
            }
            Text title = f.text(e, "title", true);
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
            List<Object> rows = f.list(e, "values", true);
            double[][] values = null;
            if (rows != null && regions != null && ind != null) {
                values = new double[rows.size()][];
                if (rows.size() != regions.size()) {
                    f.problem("values", "needs one row per region (" + regions.size() + "), found " + rows.size());
                }
                for (int r = 0; r < rows.size(); r++) {
                    values[r] = new double[ind.size()];
                    if (!(rows.get(r) instanceof List<?> row) || row.size() != ind.size()) {
                        f.problem("values[" + (r + 1) + "]", "needs one number per industry (" + ind.size() + ")");
                        values = null;
                        break;
                    }
                    for (int c = 0; c < row.size(); c++) {
                        if (!(row.get(c) instanceof Number num) || num.doubleValue() < 0) {
                            f.problem(
                                    "values[" + (r + 1) + "][" + (c + 1) + "]",
                                    "must be a non-negative number, found " + Fields.describe(row.get(c)));
                        } else {
                            values[r][c] = num.doubleValue();
                        }
                    }
                }
            }
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
}
