package org.clusterworks.learning.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Typed reading of one YAML mapping, reporting every problem with file, id and field. */
final class Fields {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String file;
    private final String id;
    private final Problems problems;

    Fields(String file, String id, Problems problems) {
        this.file = file;
        this.id = id;
        this.problems = problems;
    }

    void problem(String field, String message) {
        problems.add(file, id, field, message);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }

    void onlyKeys(Map<String, Object> map, String prefix, Set<String> allowed) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                problem(
                        prefix + key,
                        "unknown key (allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    Text text(Map<String, Object> map, String field, boolean required) {
        Object value = map.get(last(field));
        if (value == null) {
            if (required) {
                problem(field, "missing (a text with en, fr and sw)");
            }
            return null;
        }
        Map<String, Object> t = map(value);
        if (t == null) {
            problem(field, "must be a mapping with en, fr and sw, found " + describe(value));
            return null;
        }
        onlyKeys(t, field + ".", Set.copyOf(Text.LANGUAGES));
        String[] s = new String[3];
        boolean ok = true;
        for (int i = 0; i < 3; i++) {
            String lang = Text.LANGUAGES.get(i);
            Object v = t.get(lang);
            if (v == null) {
                problem(field + "." + lang, "missing " + languageName(lang) + " text");
                ok = false;
            } else if (!(v instanceof String || v instanceof Number || v instanceof Boolean)) {
                problem(field + "." + lang, "must be a string, found " + describe(v));
                ok = false;
            } else if (String.valueOf(v).isBlank()) {
                problem(field + "." + lang, "blank " + languageName(lang) + " text");
                ok = false;
            } else {
                s[i] = String.valueOf(v).strip();
            }
        }
        return ok ? new Text(s[0], s[1], s[2]) : null;
    }

    String string(Map<String, Object> map, String field, boolean required, Pattern pattern) {
        Object v = map.get(last(field));
        if (v == null) {
            if (required) {
                problem(field, "missing");
            }
            return null;
        }
        if (!(v instanceof String s) || s.isBlank()) {
            problem(field, "must be a non-blank string, found " + describe(v));
            return null;
        }
        if (pattern != null && !pattern.matcher(s).matches()) {
            problem(field, "'" + s + "' does not match " + pattern.pattern());
            return null;
        }
        return s;
    }

    Integer integer(Map<String, Object> map, String field, Integer dflt, int min, int max) {
        Object v = map.get(last(field));
        if (v == null) {
            if (dflt == null) {
                problem(field, "missing (an integer)");
            }
            return dflt;
        }
        if (!(v instanceof Integer || v instanceof Long)) {
            problem(field, "must be an integer, found " + describe(v));
            return null;
        }
        long n = ((Number) v).longValue();
        if (n < min || n > max) {
            problem(field, "must be between " + min + " and " + max + ", found " + n);
            return null;
        }
        return (int) n;
    }

    Double number(Map<String, Object> map, String field, Double dflt) {
        Object v = map.get(last(field));
        if (v == null) {
            if (dflt == null) {
                problem(field, "missing (a number)");
            }
            return dflt;
        }
        if (!(v instanceof Number n) || Double.isNaN(n.doubleValue()) || Double.isInfinite(n.doubleValue())) {
            problem(field, "must be a number, found " + describe(v));
            return null;
        }
        return n.doubleValue();
    }

    Boolean bool(Map<String, Object> map, String field, boolean required) {
        Object v = map.get(last(field));
        if (v == null) {
            if (required) {
                problem(field, "missing (true or false)");
            }
            return null;
        }
        if (!(v instanceof Boolean b)) {
            problem(field, "must be true or false, found " + describe(v));
            return null;
        }
        return b;
    }

    List<Object> list(Map<String, Object> map, String field, boolean required) {
        Object v = map.get(last(field));
        if (v == null) {
            if (required) {
                problem(field, "missing (a list)");
            }
            return null;
        }
        if (!(v instanceof List<?> l)) {
            problem(field, "must be a list, found " + describe(v));
            return null;
        }
        return new ArrayList<>(l);
    }

    List<String> strings(Map<String, Object> map, String field, boolean required) {
        List<Object> l = list(map, field, required);
        if (l == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            Object v = l.get(i);
            if (v == null
                    || v instanceof Map
                    || v instanceof List
                    || String.valueOf(v).isBlank()) {
                problem(field + "[" + (i + 1) + "]", "must be a non-blank string, found " + describe(v));
            } else {
                out.add(String.valueOf(v).strip());
            }
        }
        return out;
    }

    private static String last(String field) {
        int dot = field.lastIndexOf('.');
        String f = dot < 0 ? field : field.substring(dot + 1);
        int bracket = f.indexOf('[');
        return bracket < 0 ? f : f.substring(0, bracket);
    }

    static String describe(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        String s = String.valueOf(v);
        return "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
    }

    private static String languageName(String lang) {
        return switch (lang) {
            case "fr" -> "French";
            case "sw" -> "Swahili";
            default -> "English";
        };
    }
}
