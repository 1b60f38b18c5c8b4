package org.clusterworks.surveys.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clusterworks.surveys.form.Choice;
import org.clusterworks.surveys.form.Form;
import org.clusterworks.surveys.form.Item;
import org.clusterworks.surveys.form.ItemType;

/**
 * Descriptive statistics of one round's submitted answers, question by question, optionally broken down by a
 * respondent attribute with a confidentiality floor.
 *
 * <p>Definitions: the share of a choice is the number of respondents who chose it over the number who answered the
 * question (for multiple choice the shares may add to more than 100%); the mean and median are over the respondents
 * who answered (the median of an even count is the mean of the two middle values); on a rating scale (XLSForm
 * appearance {@code likert}) the score of a choice is its name when numeric, otherwise its position from 1, and the
 * top-two-box is the share of respondents who chose one of the scale's two highest points. A breakdown group with
 * fewer respondents than the floor is suppressed: its cells are not shown, only that it is too small.
 */
public final class Analysis {

    /** One choice's count and share. */
    public record Count(String name, String label, int count, double share) {}

    /** The statistics of one question (or one group of a breakdown). */
    public record Stats(int n, List<Count> counts, Double mean, Double median, Double min, Double max, Double topTwo) {}

    /** One group of a breakdown: its name, its respondents, and its statistics (null when below the floor). */
    public record Group(String name, int n, Stats stats) {}

    /** A question's results. */
    public record Result(Item item, String label, String kind, Stats overall, List<Group> groups) {}

    private Analysis() {}

    /**
     * Computes the results of every question.
     *
     * @param answers each respondent's answers (respondent key to question name to value)
     * @param groupOf each respondent's breakdown group (null: no breakdown)
     * @param floor the smallest group shown
     */
    static List<Result> of(
            Form form,
            Map<String, Map<String, String>> answers,
            Map<String, String> groupOf,
            int floor,
            Locale locale) {
        List<Result> out = new ArrayList<>();
        for (Item q : form.questions()) {
            Stats overall = stats(
                    form, q, answers.values().stream().map(a -> a.get(q.name())).toList(), locale);
            List<Group> groups = new ArrayList<>();
            if (groupOf != null) {
                Map<String, List<String>> byGroup = new java.util.TreeMap<>();
                answers.forEach(
                        (key, a) -> byGroup.computeIfAbsent(groupOf.getOrDefault(key, "?"), g -> new ArrayList<>())
                                .add(a.get(q.name())));
                byGroup.forEach((g, values) -> {
                    int n = (int) values.stream()
                            .filter(v -> v != null && !v.isBlank())
                            .count();
                    groups.add(new Group(g, n, n < floor ? null : stats(form, q, values, locale)));
                });
            }
            String kind = q.type() == ItemType.ORGANISATIONS
                    ? "organisations"
                    : q.likert() ? "likert" : q.type().xlsform();
            out.add(new Result(q, q.label().in(locale), kind, overall, groups));
        }
        return out;
    }

    static Stats stats(Form form, Item q, List<String> raw, Locale locale) {
        List<String> values =
                raw.stream().filter(v -> v != null && !v.isBlank()).toList();
        int n = values.size();
        List<Count> counts = new ArrayList<>();
        double[] numbers = null;
        Double topTwo = null;
        if (q.type().select()) {
            List<Choice> list = form.list(q.listName());
            Map<String, Integer> c = new LinkedHashMap<>();
            list.forEach(ch -> c.put(ch.name(), 0));
            for (String v : values) {
                for (String name : v.split(" ")) {
                    c.computeIfPresent(name, (k, x) -> x + 1);
                }
            }
            for (Choice ch : list) {
                int k = c.get(ch.name());
                counts.add(new Count(ch.name(), ch.label().in(locale), k, n == 0 ? 0 : (double) k / n));
            }
            if (q.likert() && q.type() == ItemType.SELECT_ONE) {
                numbers = values.stream().mapToDouble(v -> score(list, v)).toArray();
                if (list.size() >= 2 && n > 0) {
                    List<String> top = list.subList(list.size() - 2, list.size()).stream()
                            .map(Choice::name)
                            .toList();
                    topTwo = values.stream().filter(top::contains).count() / (double) n;
                }
            }
        } else if (q.type().numeric()) {
            numbers = values.stream().mapToDouble(Double::parseDouble).toArray();
        } else if (q.type() == ItemType.ORGANISATIONS) {
            numbers = values.stream().mapToDouble(v -> v.split(" ").length).toArray();
        }
        if (numbers == null || numbers.length == 0) {
            return new Stats(n, counts, null, null, null, null, topTwo);
        }
        double[] sorted = numbers.clone();
        Arrays.sort(sorted);
        int m = sorted.length;
        double median = m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2;
        return new Stats(
                n, counts, Arrays.stream(sorted).average().orElseThrow(), median, sorted[0], sorted[m - 1], topTwo);
    }

    private static double score(List<Choice> list, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).name().equals(value)) {
                    return i + 1;
                }
            }
            return Double.NaN;
        }
    }
}
