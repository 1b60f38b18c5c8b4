package org.clusterworks.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Small parsing helpers for form and API fields: each adds a field error instead of throwing. */
public final class FormFields {

    private FormFields() {}

    public static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static String required(String field, String s, int max, InvalidInput.Collector errors) {
        String t = text(s);
        if (t == null) {
            errors.add(field, "input.required");
        } else if (t.length() > max) {
            errors.add(field, "input.too-long");
        }
        return t;
    }

    public static String optional(String field, String s, int max, InvalidInput.Collector errors) {
        String t = text(s);
        if (t != null && t.length() > max) {
            errors.add(field, "input.too-long");
        }
        return t;
    }

    public static Integer integer(String field, String s, int min, int max, InvalidInput.Collector errors) {
        String t = text(s);
        if (t == null) {
            return null;
        }
        try {
            int v = Integer.parseInt(t);
            if (v < min || v > max) {
                errors.add(field, "input.out-of-range");
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(field, "input.whole-number");
            return null;
        }
    }

    public static BigDecimal decimal(String field, String s, double min, double max, InvalidInput.Collector errors) {
        String t = text(s);
        if (t == null) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t.replace(',', '.'));
            if (v.doubleValue() < min || v.doubleValue() > max) {
                errors.add(field, "input.out-of-range");
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(field, "input.number");
            return null;
        }
    }

    public static Long id(String field, String s, boolean required, InvalidInput.Collector errors) {
        String t = text(s);
        if (t == null) {
            if (required) {
                errors.add(field, "input.required");
            }
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            errors.add(field, "input.unknown-choice");
            return null;
        }
    }

    public static LocalDate date(String field, String s, boolean required, InvalidInput.Collector errors) {
        String t = text(s);
        if (t == null) {
            if (required) {
                errors.add(field, "input.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            errors.add(field, "input.date");
            return null;
        }
    }

    public static <E extends Enum<E>> E choice(
            String field, String s, Class<E> type, E fallback, InvalidInput.Collector errors) {
        String t = text(s);
        if (t == null) {
            if (fallback == null) {
                errors.add(field, "input.required");
            }
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t)) {
                return e;
            }
        }
        errors.add(field, "input.unknown-choice");
        return fallback;
    }

    /** Distinct ids from a multi-valued field; a value that is not a number is an error. */
    public static java.util.List<Long> ids(String field, java.util.List<String> values, InvalidInput.Collector errors) {
        java.util.LinkedHashSet<Long> result = new java.util.LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                Long id = id(field, v, false, errors);
                if (id != null) {
                    result.add(id);
                }
            }
        }
        return java.util.List.copyOf(result);
    }
}
