package org.clusterworks.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that failed validation: for each field (or {@code row 3, column name} of an import) the message-bundle key
 * of the problem. Pages show the messages next to their fields; the API answers 400 problem+json listing them.
 */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> errors;
    private final Map<String, Object[]> arguments;

    public InvalidInput(Map<String, String> errors) {
        this(errors, Map.of());
    }

    /** Problems whose messages take arguments (such as the unknown code they name), by field. */
    public InvalidInput(Map<String, String> errors, Map<String, Object[]> arguments) {
        super("Invalid input: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** Arguments of the message of each field whose message takes any (e.g. the unknown code it names). */
    public Map<String, Object[]> arguments() {
        return arguments;
    }

    /** Field name to message key, in the order the fields were checked. */
    public Map<String, String> errors() {
        return errors;
    }

    /** Collects field problems and throws them all at once. */
    public static class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();
        private final Map<String, Object[]> arguments = new LinkedHashMap<>();

        public Collector add(String field, String messageKey) {
            errors.putIfAbsent(field, messageKey);
            return this;
        }

        /** A problem whose message names values, such as the unknown code the field holds. */
        public Collector add(String field, String messageKey, Object... args) {
            if (!errors.containsKey(field)) {
                errors.put(field, messageKey);
                arguments.put(field, args);
            }
            return this;
        }

        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public Map<String, String> errors() {
            return errors;
        }

        /** Throws {@link InvalidInput} if any problem was collected. */
        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors, arguments);
            }
        }
    }
}
