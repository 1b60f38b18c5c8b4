package org.clusterworks.mapping.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.clusterworks.mapping.analysis.MappingAnalysis;
import org.clusterworks.mapping.dataset.Dataset;
import org.clusterworks.mapping.dataset.Schemes;
import org.springframework.stereotype.Component;

/**
 * Starts a selection exercise from a region of a dataset: the region's flagged traded clusters as candidates (its
 * eight most specialised when fewer than two are flagged), the mapping criteria (LQ, employment, growth where the
 * dataset has an earlier year) and three qualitative criteria for stakeholders to score.
 */
@Component
public class SelectionStarter {

    private final Selections selections;
    private final MappingAnalysis analysis;
    private final Schemes schemes;

    SelectionStarter(Selections selections, MappingAnalysis analysis, Schemes schemes) {
        this.selections = selections;
        this.analysis = analysis;
        this.schemes = schemes;
    }

    /** What was started. */
    public record Started(long id, String regionName, int candidates) {}

    /**
     * Creates the exercise; {@code msg} turns message keys into the caller's language (criterion names, exercise
     * name); {@code name} overrides the default name when not blank.
     *
     * @throws IllegalArgumentException when the dataset has no such year or region (the message says which)
     */
    public Started start(
            long workspaceId,
            Dataset d,
            String region,
            int year,
            String method,
            String name,
            UnaryOperator<String> msg) {
        if (!d.years().contains(year)) {
            throw new IllegalArgumentException("the dataset has no year " + year + "; it has " + d.years());
        }
        MappingAnalysis.Result r = analysis.analyse(workspaceId, d, year, method);
        int ri = r.regionIndex(region);
        if (ri < 0) {
            throw new IllegalArgumentException("the dataset has no region '" + region + "'");
        }
        Map<String, String> names = analysis.industryNames(workspaceId, r);
        List<Integer> chosen = new ArrayList<>();
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < r.industries().size(); i++) {
            MappingAnalysis.Cell c = r.cell(ri, i);
            if (c.employment() > 0 && c.traded()) {
                present.add(i);
                if (c.flagged(r.method())) {
                    chosen.add(i);
                }
            }
        }
        if (chosen.size() < 2) {
            present.sort(Comparator.comparingDouble(i -> -r.cell(ri, i).lq()));
            chosen = present.subList(0, Math.min(8, present.size()));
        }
        List<Selections.Candidate> cands = new ArrayList<>();
        for (int i : chosen) {
            MappingAnalysis.Cell c = r.cell(ri, i);
            cands.add(new Selections.Candidate(
                    c.industry(),
                    names.getOrDefault(c.industry(), c.industry()),
                    fin(c.lq()),
                    fin(c.employment()),
                    fin(c.growth() * 100),
                    fin(c.regionShare() * 100)));
        }
        List<Selections.Criterion> crit = new ArrayList<>();
        crit.add(new Selections.Criterion(1, msg.apply("mapping.col.lq"), "lq", 1));
        crit.add(new Selections.Criterion(2, msg.apply("mapping.col.employment"), "employment", 1));
        int no = 3;
        if (r.baseYear() > 0) {
            crit.add(new Selections.Criterion(no++, msg.apply("mapping.col.growth"), "growth", 1));
        }
        crit.add(new Selections.Criterion(no++, msg.apply("mapping.sel.crit.firms"), "qualitative", 1));
        crit.add(new Selections.Criterion(no++, msg.apply("mapping.sel.crit.institutions"), "qualitative", 1));
        crit.add(new Selections.Criterion(no, msg.apply("mapping.sel.crit.market"), "qualitative", 1));
        String regionName =
                schemes.regionNames(d.regionScheme(), List.of(region)).get(region);
        long id = selections.create(
                workspaceId,
                name == null || name.isBlank()
                        ? msg.apply("mapping.sel.default-name") + " " + regionName + " " + year
                        : name.strip(),
                d.id(),
                region,
                year,
                r.method(),
                cands,
                crit);
        return new Started(id, regionName, cands.size());
    }

    private static Double fin(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
