package org.clusterworks.observatory.importing;

import java.util.List;

/** An import that wrote nothing, with every problem found (each naming file, row and column). */
public class ImportFailed extends RuntimeException {

    private final List<String> problems;

    public ImportFailed(List<String> problems) {
        super("Observatory import failed, nothing was written:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
