package org.clusterworks.diagnostic.swot;

import org.clusterworks.diagnostic.SwotKind;
import org.clusterworks.shared.InvalidInput;

/** The SWOT item form as typed. */
record SwotInput(String kind, String category, String title, String description) {

    /** A checked item. */
    record Valid(SwotKind kind, SwotCategory category, String title, String description) {}

    Valid validate() {
        var errors = new InvalidInput.Collector();
        SwotKind k = SwotKind.parse(kind);
        if (k == null) {
            errors.add(
                    "kind",
                    kind == null || kind.isBlank() ? "diagnostic.input.required" : "diagnostic.input.unknown-choice");
        }
        SwotCategory c = SwotCategory.parse(category);
        if (c == null) {
            errors.add(
                    "category",
                    category == null || category.isBlank()
                            ? "diagnostic.input.required"
                            : "diagnostic.input.unknown-choice");
        }
        String t = Texts.required("title", title, 200, errors);
        String d = Texts.optional("description", description, 4000, errors);
        errors.throwIfAny();
        return new Valid(k, c, t, d);
    }
}
