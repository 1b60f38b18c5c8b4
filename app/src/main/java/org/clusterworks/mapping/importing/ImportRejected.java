package org.clusterworks.mapping.importing;

import java.util.List;

/** An import that stored nothing, with every problem found (listed up to a limit) and their total number. */
public class ImportRejected extends RuntimeException {

    private final List<ImportProblem> problems;
    private final long total;

    public ImportRejected(List<ImportProblem> problems, long total) {
        super(total + " problem(s) in the file; nothing was stored");
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public long total() {
        return total;
    }
}
