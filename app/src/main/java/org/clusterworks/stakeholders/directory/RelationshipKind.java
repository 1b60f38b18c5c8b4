package org.clusterworks.stakeholders.directory;

import java.util.Locale;

/** What links two organisations, read as "from ... to". */
public enum RelationshipKind {
    SUPPLIER_OF,
    CUSTOMER_OF,
    RD_PARTNER,
    SHARES_EQUIPMENT,
    TRAINING_PROVIDER,
    FINANCES,
    JOINT_VENTURE,
    MEMBER_OF,
    OTHER;

    public String messageKey() {
        return "relationship." + name().toLowerCase(Locale.ROOT);
    }

    static RelationshipKind parse(String text) {
        if (text == null) {
            return null;
        }
        for (RelationshipKind k : values()) {
            if (k.name().equalsIgnoreCase(text.strip())) {
                return k;
            }
        }
        return null;
    }

    /** Where a relationship is known from. */
    public enum Source {
        DECLARED,
        SURVEY,
        JOINT_ACTION;

        public String messageKey() {
            return "relationship.source." + name().toLowerCase(Locale.ROOT);
        }

        static Source parse(String text) {
            if (text == null) {
                return null;
            }
            for (Source s : values()) {
                if (s.name().equalsIgnoreCase(text.strip())) {
                    return s;
                }
            }
            return null;
        }
    }
}
