package org.clusterworks.reference;

/**
 * One row of a concordance between two industry classifications.
 *
 * @param fromScheme source classification
 * @param fromCode source code
 * @param toScheme target classification
 * @param toCode target code
 * @param fromPartial true when only part of the source code maps here, null when the source does not say
 * @param toPartial true when the source code maps to only part of the target code, null when the source does not say
 * @param note the concordance's own note, or null
 */
public record IndustryLink(
        String fromScheme,
        String fromCode,
        String toScheme,
        String toCode,
        Boolean fromPartial,
        Boolean toPartial,
        String note) {

    /** Whether the link starts at this code (else it ends there). */
    public boolean startsAt(String scheme, String code) {
        return fromScheme.equals(scheme) && fromCode.equals(code);
    }
}
