package org.clusterworks.reference.loading;

import java.util.List;
import java.util.Map;

/** A unit of reference data built from one or more shipped files and (re)loaded as a whole in one transaction. */
interface ReferenceDataset {

    /** Stable identifier, recorded with the checksums of its files. */
    String name();

    /** The shipped files it is built from, relative to {@code reference/}. */
    List<String> files();

    /** Replaces the data set's rows with those built from the files; returns how many rows it wrote. */
    int load(Map<String, ShippedFile> files, RowWriter writer);
}
