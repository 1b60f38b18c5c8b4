package org.clusterworks.monitoring.core;

import java.math.BigDecimal;
import org.clusterworks.shared.InvalidInput;

/** Reading and writing the numbers of indicator values. */
final class Numbers {

    private Numbers() {}

    /** Parses a number typed by a person (a comma as decimal separator is accepted); null for blank. */
    static Double parse(String text, String field, InvalidInput.Collector errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(" ", "").replace("\u00a0", "");
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        } else {
            t = t.replace(",", "");
        }
        try {
            double d = Double.parseDouble(t);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException(t);
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(field, "input.number");
            return null;
        }
    }

    /** A number without a needless ".0" or exponent. */
    static String plain(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
