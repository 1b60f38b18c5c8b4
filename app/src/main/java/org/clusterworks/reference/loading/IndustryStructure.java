package org.clusterworks.reference.loading;

import java.util.Map;
import java.util.Set;

/** Derives levels and parents from the code structure of ISIC Rev. 4 and NAICS. */
final class IndustryStructure {

    /** ISIC Rev. 4 (and NACE Rev. 2) sections and the last division of each, in order. */
    private static final String[][] ISIC_SECTIONS = {
        {"A", "03"}, {"B", "09"}, {"C", "33"}, {"D", "35"}, {"E", "39"}, {"F", "43"}, {"G", "47"},
        {"H", "53"}, {"I", "56"}, {"J", "63"}, {"K", "66"}, {"L", "68"}, {"M", "75"}, {"N", "82"},
        {"O", "84"}, {"P", "85"}, {"Q", "88"}, {"R", "93"}, {"S", "96"}, {"T", "98"}, {"U", "99"}
    };

    /** NAICS 2-digit sectors that NAICS 2012 and 2017 publish as one range code. */
    private static final Map<String, String> NAICS_RANGES = Map.of(
            "31", "31-33", "32", "31-33", "33", "31-33", "44", "44-45", "45", "44-45", "48", "48-49", "49", "48-49");

    private IndustryStructure() {}

    /** The ISIC Rev. 4 section letter of a two-digit division. */
    static String isicSection(String division) {
        for (String[] section : ISIC_SECTIONS) {
            if (division.compareTo(section[1]) <= 0) {
                return section[0];
            }
        }
        throw new IllegalArgumentException("Not an ISIC Rev. 4 division: " + division);
    }

    /** The parent of an ISIC Rev. 4 code: section for a division, else the code less its last digit. */
    static String isicParent(String code) {
        if (code.length() == 1) {
            return null;
        }
        if (code.length() == 2) {
            return isicSection(code);
        }
        return code.substring(0, code.length() - 1);
    }

    /** NAICS level: 1 sector (2 digits or a range such as 31-33), 2 subsector, ... 5 national industry. */
    static int naicsLevel(String code) {
        if (code.contains("-")) {
            return 1;
        }
        if (code.length() < 2 || code.length() > 6 || !code.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Not a NAICS code: " + code);
        }
        return code.length() - 1;
    }

    /**
     * The parent of a NAICS code among the codes of its vintage: the longest proper prefix that is a code, with the
     * two-digit prefixes 31-33, 44-45 and 48-49 standing for their range sector where the vintage has one.
     */
    static String naicsParent(String code, Set<String> codes) {
        if (naicsLevel(code) == 1) {
            return null;
        }
        for (int length = code.length() - 1; length >= 2; length--) {
            String prefix = code.substring(0, length);
            if (length == 2 && NAICS_RANGES.containsKey(prefix) && codes.contains(NAICS_RANGES.get(prefix))) {
                return NAICS_RANGES.get(prefix);
            }
            if (codes.contains(prefix)) {
                return prefix;
            }
        }
        throw new IllegalArgumentException("NAICS code " + code + " has no parent in its vintage");
    }
}
