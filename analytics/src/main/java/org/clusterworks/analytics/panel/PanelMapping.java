package org.clusterworks.analytics.panel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Re-codes a panel's industries or regions through a {@link CodeMapping}, adding up weighted values. */
final class PanelMapping {

    private PanelMapping() {}

    static CodeMapping.Applied apply(Panel panel, CodeMapping mapping, boolean industries) {
        List<String> sources = industries ? panel.industries() : panel.regions();
        CodeDictionary targets = new CodeDictionary();
        int[][] targetIds = new int[sources.size()][];
        double[][] weights = new double[sources.size()][];
        for (int s = 0; s < sources.size(); s++) {
            List<CodeMapping.Link> links = mapping.linksOf(sources.get(s));
            targetIds[s] = new int[links.size()];
            weights[s] = new double[links.size()];
            for (int l = 0; l < links.size(); l++) {
                targetIds[s][l] = targets.intern(links.get(l).target());
                weights[s][l] = links.get(l).weight();
            }
        }
        Map<String, Integer> unknown = new HashMap<>();
        if (industries) {
            return industriesInOrder(panel, sources, targets, targetIds, weights, unknown);
        }
        CodeDictionary industryDict = new CodeDictionary();
        for (String i : panel.industries()) {
            industryDict.intern(i);
        }
        int measures = panel.measures().size();
        int cells = panel.cellCount();
        int capacity = Math.max(16, cells);
        int[] region = new int[capacity];
        int[] industry = new int[capacity];
        int[] year = new int[capacity];
        double[][] values = new double[measures][capacity];
        int n = 0;
        for (int cell = 0; cell < cells; cell++) {
            int source = panel.regionOf(cell);
            if (targetIds[source].length == 0) {
                unknown.merge(sources.get(source), 1, Integer::sum);
                continue;
            }
            for (int l = 0; l < targetIds[source].length; l++) {
                if (n == region.length) {
                    int grown = region.length + (region.length >> 1);
                    region = java.util.Arrays.copyOf(region, grown);
                    industry = java.util.Arrays.copyOf(industry, grown);
                    year = java.util.Arrays.copyOf(year, grown);
                    for (int m = 0; m < measures; m++) {
                        values[m] = java.util.Arrays.copyOf(values[m], grown);
                    }
                }
                region[n] = targetIds[source][l];
                industry[n] = panel.industryOf(cell);
                year[n] = panel.yearOf(cell);
                for (int m = 0; m < measures; m++) {
                    values[m][n] = panel.value(m, cell) * weights[source][l];
                }
                n++;
            }
        }
        Panel mapped = PanelAssembly.assemble(
                panel.measures().toArray(String[]::new),
                targets,
                industryDict,
                new PanelAssembly.Rows(region, industry, year, values, n),
                true);
        return new CodeMapping.Applied(mapped, unknown);
    }

    /**
     * Industry re-coding in one pass: the panel's cells are sorted by (year, region, industry), so each (year,
     * region) group is accumulated densely over the targets and emitted in target-code order, already sorted.
     */
    private static CodeMapping.Applied industriesInOrder(
            Panel panel,
            List<String> sources,
            CodeDictionary targets,
            int[][] targetIds,
            double[][] weights,
            Map<String, Integer> unknown) {
        int nt = targets.size();
        int[] rank = targets.sortedRanks();
        int[] idOfRank = new int[nt];
        for (int id = 0; id < nt; id++) {
            idOfRank[rank[id]] = id;
        }
        int measures = panel.measures().size();
        double[][] acc = new double[measures][nt];
        boolean[] touched = new boolean[nt];
        int cells = panel.cellCount();
        int capacity = Math.max(16, Math.min(cells, panel.regions().size() * nt * panel.years().length));
        int[] region = new int[capacity];
        int[] industry = new int[capacity];
        int[] year = new int[capacity];
        double[][] values = new double[measures][capacity];
        int n = 0;
        int cell = 0;
        long[] keys = panel.keys();
        int ni = panel.industries().size();
        int nr = panel.regions().size();
        int[] years = panel.years();
        while (cell < cells) {
            long group = keys[cell] / ni; // year index * regions + region
            int r = (int) (group % nr);
            int y = years[(int) (group / nr)];
            int end = cell;
            while (end < cells && keys[end] / ni == group) {
                int source = (int) (keys[end] - group * ni);
                int[] ids = targetIds[source];
                if (ids.length == 0) {
                    unknown.merge(sources.get(source), 1, Integer::sum);
                }
                for (int l = 0; l < ids.length; l++) {
                    touched[ids[l]] = true;
                    for (int m = 0; m < measures; m++) {
                        acc[m][ids[l]] += panel.value(m, end) * weights[source][l];
                    }
                }
                end++;
            }
            for (int k = 0; k < nt; k++) {
                int id = idOfRank[k];
                if (!touched[id]) {
                    continue;
                }
                if (n == region.length) {
                    int grown = region.length + (region.length >> 1) + 1;
                    region = java.util.Arrays.copyOf(region, grown);
                    industry = java.util.Arrays.copyOf(industry, grown);
                    year = java.util.Arrays.copyOf(year, grown);
                    for (int m = 0; m < measures; m++) {
                        values[m] = java.util.Arrays.copyOf(values[m], grown);
                    }
                }
                region[n] = r;
                industry[n] = id;
                year[n] = y;
                for (int m = 0; m < measures; m++) {
                    values[m][n] = acc[m][id];
                    acc[m][id] = 0;
                }
                touched[id] = false;
                n++;
            }
            cell = end;
        }
        CodeDictionary regionDict = new CodeDictionary();
        for (String code : panel.regions()) {
            regionDict.intern(code);
        }
        Panel mapped = PanelAssembly.assemble(
                panel.measures().toArray(String[]::new),
                regionDict,
                targets,
                new PanelAssembly.Rows(region, industry, year, values, n),
                true);
        return new CodeMapping.Applied(mapped, unknown);
    }
}
