package org.clusterworks.initiatives.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.clusterworks.shared.InvalidInput;

/** Small parsing helpers shared by the initiative module's inputs: each adds a field error instead of throwing. */
final class Inputs {

    private Inputs() {}

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String required(String field, String s, int max, InvalidInput.Collector errors) {
        String t = text(s);
        if (t == null) {
            errors.add(field, "input.required");
        } else if (t.length() > max) {
            errors.add(field, "input.too-long");
        }
        return t;
    }

    static String optional(String field, String s, int max, InvalidInput.Collector errors) {
        String t = text(s);
        if (t != null && t.length() > max) {
            errors.add(field, "input.too-long");
        }
        return t;
    }

    static Integer integer(String field, String s, int min, int max, InvalidInput.Collector errors) {
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

    static BigDecimal decimal(String field, String s, double min, double max, InvalidInput.Collector errors) {
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

    static Long id(String field, String s, boolean required, InvalidInput.Collector errors) {
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

    static LocalDate date(String field, String s, boolean required, InvalidInput.Collector errors) {
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

    static <E extends Enum<E>> E choice(
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
}
