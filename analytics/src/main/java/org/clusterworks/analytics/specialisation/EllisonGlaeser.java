package org.clusterworks.analytics.specialisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ellison-Glaeser agglomeration index and coagglomeration index (Ellison &amp; Glaeser 1997, JPE 105(5), eq. 5 and
 * section 5) from firm-level employment.
 *
 * <p>For industry i with regional shares {@code s_r} of its employment, regional shares {@code x_r} of aggregate
 * employment, raw concentration {@code G = sum_r (s_r - x_r)^2} and plant Herfindahl {@code H = sum_j z_j^2}:
 * {@code gamma = (G - (1 - sum_r x_r^2) H) / ((1 - sum_r x_r^2)(1 - H))}. For a group of industries with weights
 * {@code w_i} (shares of group employment), group raw concentration {@code G} and {@code H = sum_i w_i^2 H_i}:
 * {@code gamma_c = (G / (1 - sum x_r^2) - H - sum_i gamma_i w_i^2 (1 - H_i)) / (1 - sum_i w_i^2)}.
 */
public final class EllisonGlaeser {

    private final Map<String, Double> regionEmployment;
    private final double sumXSquared;
    private final Map<String, List<Firm>> firmsByIndustry = new HashMap<>();

    /** One firm (plant): its industry, region and employment. */
    public record Firm(String industry, String region, double employment) {}

    /**
     * @param firms the firms of the industries to measure
     * @param regionEmployment aggregate employment of every region (all industries), the {@code x_r} base
     */
    public EllisonGlaeser(List<Firm> firms, Map<String, Double> regionEmployment) {
        this.regionEmployment = Map.copyOf(regionEmployment);
        double total = regionEmployment.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        double s = 0;
        for (double e : regionEmployment.values()) {
            s += (e / total) * (e / total);
        }
        this.sumXSquared = s;
        for (Firm f : firms) {
            if (!regionEmployment.containsKey(f.region())) {
                throw new IllegalArgumentException("firm in region " + f.region() + " without regional employment");
            }
            firmsByIndustry
                    .computeIfAbsent(f.industry(), k -> new ArrayList<>())
                    .add(f);
        }
    }

    /** Raw geographic concentration {@code G} of the firms of the given industries together. */
    public double rawConcentration(List<String> industries) {
        double total = regionEmployment.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        Map<String, Double> byRegion = new HashMap<>();
        double industryTotal = 0;
        for (String industry : industries) {
            for (Firm f : firms(industry)) {
                byRegion.merge(f.region(), f.employment(), Double::sum);
                industryTotal += f.employment();
            }
        }
        double g = 0;
        for (Map.Entry<String, Double> r : regionEmployment.entrySet()) {
            double s = byRegion.getOrDefault(r.getKey(), 0.0) / industryTotal;
            double x = r.getValue() / total;
            g += (s - x) * (s - x);
        }
        return g;
    }

    /** Plant Herfindahl {@code H_i} of one industry. */
    public double plantHerfindahl(String industry) {
        double total = employment(industry);
        double h = 0;
        for (Firm f : firms(industry)) {
            h += (f.employment() / total) * (f.employment() / total);
        }
        return h;
    }

    /** The agglomeration index {@code gamma_i} of one industry. */
    public double agglomeration(String industry) {
        double g = rawConcentration(List.of(industry));
        double h = plantHerfindahl(industry);
        return (g - (1 - sumXSquared) * h) / ((1 - sumXSquared) * (1 - h));
    }

    /** The coagglomeration index {@code gamma_c} of a group of two or more industries. */
    public double coagglomeration(List<String> industries) {
        if (industries.size() < 2) {
            throw new IllegalArgumentException("coagglomeration needs at least two industries");
        }
        double groupTotal = 0;
        for (String i : industries) {
            groupTotal += employment(i);
        }
        double h = 0;
        double sumW2 = 0;
        double gammaTerm = 0;
        for (String i : industries) {
            double w = employment(i) / groupTotal;
            double hi = plantHerfindahl(i);
            h += w * w * hi;
            sumW2 += w * w;
            gammaTerm += agglomeration(i) * w * w * (1 - hi);
        }
        double g = rawConcentration(industries);
        return (g / (1 - sumXSquared) - h - gammaTerm) / (1 - sumW2);
    }

    private List<Firm> firms(String industry) {
        List<Firm> f = firmsByIndustry.get(industry);
        if (f == null) {
            throw new IllegalArgumentException("no firms in industry " + industry);
        }
        return f;
    }

    private double employment(String industry) {
        return firms(industry).stream().mapToDouble(Firm::employment).sum();
    }
}
