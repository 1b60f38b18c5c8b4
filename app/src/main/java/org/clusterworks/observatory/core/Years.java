package org.clusterworks.observatory.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** First and last year of a duration stated as text ("2014-2020", "Since 2008", "2015-2018 2019-2023"). */
public record Years(Integer start, Integer end) {

    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

    /** Parses a duration; "since" with a single year leaves the end open; no year gives nulls. */
    public static Years parse(String duration) {
        if (duration == null) {
            return new Years(null, null);
        }
        Matcher m = YEAR.matcher(duration);
        Integer min = null;
        Integer max = null;
        int count = 0;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            min = min == null ? y : Math.min(min, y);
            max = max == null ? y : Math.max(max, y);
            count++;
        }
        if (count == 0) {
            return new Years(null, null);
        }
        boolean open = duration.toLowerCase(java.util.Locale.ROOT).contains("since")
                || duration.strip().endsWith("-")
                || duration.contains("-)");
        return new Years(min, open && count == 1 ? null : max);
    }
}
