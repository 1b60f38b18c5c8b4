package org.clusterworks.diagnostic.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Textbook network measures written straight from their definitions, independent of JGraphT and of Brandes'
 * algorithm: all-pairs breadth-first search counting shortest paths, then betweenness as the sum over unordered pairs
 * {s, t} of sigma(s,v)·sigma(v,t)/sigma(s,t) for every v with d(s,v)+d(v,t) = d(s,t).
 */
final class BruteForceMeasures {

    final List<Long> ids = new ArrayList<>();
    final int n;
    final int[][] dist;
    final long[][] sigma;
    final boolean[][] adj;
    final double[][] weight;

    BruteForceMeasures(List<Long> nodeIds, List<double[]> edges) {
        ids.addAll(nodeIds);
        n = ids.size();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(ids.get(i), i);
        }
        adj = new boolean[n][n];
        weight = new double[n][n];
        for (double[] e : edges) {
            int a = index.get((long) e[0]);
            int b = index.get((long) e[1]);
            adj[a][b] = adj[b][a] = true;
            weight[a][b] = weight[b][a] = e[2];
        }
        dist = new int[n][n];
        sigma = new long[n][n];
        for (int s = 0; s < n; s++) {
            java.util.Arrays.fill(dist[s], -1);
            dist[s][s] = 0;
            sigma[s][s] = 1;
            var queue = new ArrayDeque<Integer>();
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int w = 0; w < n; w++) {
                    if (!adj[v][w]) {
                        continue;
                    }
                    if (dist[s][w] < 0) {
                        dist[s][w] = dist[s][v] + 1;
                        queue.add(w);
                    }
                    if (dist[s][w] == dist[s][v] + 1) {
                        sigma[s][w] += sigma[s][v];
                    }
                }
            }
        }
    }

    int edgeCount() {
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (adj[i][j]) {
                    m++;
                }
            }
        }
        return m;
    }

    double density() {
        return n < 2 ? 0 : edgeCount() / (n * (n - 1) / 2.0);
    }

    int degree(int v) {
        int d = 0;
        for (int w = 0; w < n; w++) {
            d += adj[v][w] ? 1 : 0;
        }
        return d;
    }

    double weightedDegree(int v) {
        double d = 0;
        for (int w = 0; w < n; w++) {
            d += weight[v][w];
        }
        return d;
    }

    double betweenness(int v) {
        double b = 0;
        for (int s = 0; s < n; s++) {
            for (int t = s + 1; t < n; t++) {
                if (s == v || t == v || dist[s][t] < 0 || dist[s][v] < 0 || dist[v][t] < 0) {
                    continue;
                }
                if (dist[s][v] + dist[v][t] == dist[s][t]) {
                    b += (double) sigma[s][v] * sigma[v][t] / sigma[s][t];
                }
            }
        }
        return b;
    }

    /** ((r-1)/(n-1)) · ((r-1)/Σ d) over the r-1 reachable nodes; 0 when none is reachable. */
    double closeness(int v) {
        int reachable = 0;
        int sum = 0;
        for (int w = 0; w < n; w++) {
            if (w != v && dist[v][w] > 0) {
                reachable++;
                sum += dist[v][w];
            }
        }
        if (reachable == 0) {
            return 0;
        }
        return ((double) reachable / (n - 1)) * ((double) reachable / sum);
    }

    /** Σ over connected unordered pairs of (d(s,t) − 1): what betweenness must add up to. */
    double interiorNodesOnPaths() {
        double total = 0;
        for (int s = 0; s < n; s++) {
            for (int t = s + 1; t < n; t++) {
                if (dist[s][t] > 0) {
                    total += dist[s][t] - 1;
                }
            }
        }
        return total;
    }
}
