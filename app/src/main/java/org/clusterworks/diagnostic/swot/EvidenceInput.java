package org.clusterworks.diagnostic.swot;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.clusterworks.shared.InvalidInput;

/** The evidence-link form as typed: a mapping indicator, a survey result or a document / web address. */
public record EvidenceInput(
        String kind,
        String label,
        String datasetId,
        String regionCode,
        String clusterCode,
        String roundId,
        String questionKey,
        String url) {

    /** What a piece of evidence points to. */
    public enum Kind {
        MAPPING,
        SURVEY,
        DOCUMENT
    }

    /** Checked evidence, ready to store. */
    public record Valid(
            Kind kind,
            String label,
            Long datasetId,
            String regionCode,
            String clusterCode,
            Long roundId,
            String questionKey,
            String url) {}

    public Valid validate() {
        var errors = new InvalidInput.Collector();
        Kind k = null;
        try {
            k = kind == null ? null : Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("kind", "diagnostic.input.unknown-choice");
        }
        if (k == null && !errors.has("kind")) {
            errors.add("kind", "diagnostic.input.required");
        }
        String l = Texts.required("label", label, 300, errors);
        Long ds = null;
        Long round = null;
        String region = Texts.optional("regionCode", regionCode, 40, errors);
        String cluster = Texts.optional("clusterCode", clusterCode, 60, errors);
        String question = Texts.optional("questionKey", questionKey, 100, errors);
        String u = Texts.optional("url", url, 500, errors);
        if (k == Kind.MAPPING) {
            ds = Texts.id("datasetId", datasetId, true, errors);
        } else if (k == Kind.SURVEY) {
            round = Texts.id("roundId", roundId, true, errors);
        } else if (k == Kind.DOCUMENT) {
            if (u == null) {
                errors.add("url", "diagnostic.input.required");
            } else if (!webAddress(u)) {
                errors.add("url", "diagnostic.input.url");
            }
        }
        errors.throwIfAny();
        return new Valid(
                k,
                l,
                ds,
                k == Kind.MAPPING ? region : null,
                k == Kind.MAPPING ? cluster : null,
                round,
                k == Kind.SURVEY ? question : null,
                k == Kind.DOCUMENT ? u : null);
    }

    /** An http(s) address or a path inside the application (an initiative document link). */
    static boolean webAddress(String u) {
        if (u.startsWith("/") && !u.startsWith("//")) {
            return true;
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
