package org.clusterworks.diagnostic.swot;

import org.clusterworks.shared.InvalidInput;

/** Small parsing helpers for the SWOT forms: each adds a field error instead of throwing. */
final class Texts {

    private Texts() {}

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String required(String field, String s, int max, InvalidInput.Collector errors) {
        String t = text(s);
        if (t == null) {
            errors.add(field, "diagnostic.input.required");
        } else if (t.length() > max) {
            errors.add(field, "diagnostic.input.too-long");
        }
        return t;
    }

    static String optional(String field, String s, int max, InvalidInput.Collector errors) {
        String t = text(s);
        if (t != null && t.length() > max) {
            errors.add(field, "diagnostic.input.too-long");
        }
        return t;
    }

    static Long id(String field, String s, boolean required, InvalidInput.Collector errors) {
        String t = text(s);
        if (t == null) {
            if (required) {
                errors.add(field, "diagnostic.input.required");
            }
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            errors.add(field, "diagnostic.input.unknown-choice");
            return null;
        }
    }
}
