package org.clusterworks.reference.web;

import java.util.List;
import org.clusterworks.reference.Cluster;
import org.clusterworks.reference.ClusterDefinition;
import org.clusterworks.reference.ClusterDefinitions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The page of one platform-wide cluster definition set: its clusters, subclusters and industry codes. */
@Controller
final class ClusterPagesController {

    private final ClusterDefinitions definitions;

    ClusterPagesController(ClusterDefinitions definitions) {
        this.definitions = definitions;
    }

    /** A cluster with its subclusters, for the page. */
    record ClusterView(Cluster cluster, List<Cluster> subclusters, int codeCount) {}

    @GetMapping("/reference/clusters/{code}")
    String definition(@PathVariable String code, Model model) {
        ClusterDefinition definition = definitions
                .platformDefinition(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Cluster> all = definitions.clusters(code);
        List<ClusterView> clusters = all.stream()
                .filter(c -> c.parentCode() == null)
                .map(c -> {
                    List<Cluster> subclusters = all.stream()
                            .filter(s -> c.code().equals(s.parentCode()))
                            .toList();
                    int codes = c.industryCodes().size()
                            + subclusters.stream()
                                    .mapToInt(s -> s.industryCodes().size())
                                    .sum();
                    return new ClusterView(c, subclusters, codes);
                })
                .toList();
        model.addAttribute("definition", definition);
        model.addAttribute(
                "traded",
                clusters.stream()
                        .filter(c -> "traded".equals(c.cluster().type()))
                        .toList());
        model.addAttribute(
                "local",
                clusters.stream()
                        .filter(c -> "local".equals(c.cluster().type()))
                        .toList());
        return "reference/clusters";
    }
}
