package org.clusterworks.reference.loading;

import java.util.List;
import java.util.Map;

/** A data set given by its name, its files and a loading function. */
record SimpleDataset(String name, List<String> files, Loader loader) implements ReferenceDataset {

    /** The loading function of a data set. */
    @FunctionalInterface
    interface Loader {
        int load(Map<String, ShippedFile> files, RowWriter writer);
    }

    SimpleDataset {
        files = List.copyOf(files);
    }

    @Override
    public int load(Map<String, ShippedFile> shipped, RowWriter writer) {
        return loader.load(shipped, writer);
    }
}
