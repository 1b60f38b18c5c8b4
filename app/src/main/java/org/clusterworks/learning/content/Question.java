package org.clusterworks.learning.content;

import java.util.List;
import java.util.Map;

/**
 * A question of a module's bank, in every language.
 *
 * @param key the stable id from the content file ({@code m1-q01})
 * @param content the question as written, in canonical form; stored with each version
 */
public record Question(
        String key,
        int module,
        Type type,
        List<String> tags,
        Text text,
        Text explanation,
        List<Option> options,
        Boolean answer,
        Double number,
        double tolerance,
        Text unit,
        List<Pair> pairs,
        Map<String, List<String>> accepted,
        Map<String, Object> content) {

    /** The six question types, with their names in the content files. */
    public enum Type {
        SINGLE("single"),
        MULTIPLE("multiple"),
        TRUE_FALSE("true-false"),
        NUMERIC("numeric"),
        MATCHING("matching"),
        SHORT_ANSWER("short-answer");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Type of(String label) {
            for (Type t : values()) {
                if (t.label.equals(label)) {
                    return t;
                }
            }
            return null;
        }
    }

    /** A choice of a single or multiple choice question; {@code feedback} may be null. */
    public record Option(Text text, boolean correct, Text feedback) {}

    /** A pair of a matching question. */
    public record Pair(Text left, Text right) {}
}
