package org.clusterworks.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clusterworks.analytics.classification.ClusterDefinition;
import org.clusterworks.cli.io.CsvInput;
import org.clusterworks.cli.io.InputException;

/** Reads a cluster definition table: columns industry,cluster,type (traded|local)[,subcluster]. */
final class DefinitionsFile {

    private DefinitionsFile() {}

    static ClusterDefinition read(Path file) throws InputException {
        List<ClusterDefinition.Entry> entries = new ArrayList<>();
        try (CsvInput in = CsvInput.open(file)) {
            int industry = in.column("industry");
            int cluster = in.column("cluster");
            int type = in.column("type");
            int subcluster = in.header().contains("subcluster") ? in.column("subcluster") : -1;
            in.forEachRow(row -> {
                entries.add(new ClusterDefinition.Entry(
                        row.code(industry),
                        row.code(cluster),
                        subcluster < 0 ? "" : row.text(subcluster),
                        StrengthCommand.parseType(row, type)));
            });
        }
        try {
            return ClusterDefinition.of(entries);
        } catch (IllegalArgumentException e) {
            throw new InputException(file, 0, "industry", e.getMessage());
        }
    }
}
