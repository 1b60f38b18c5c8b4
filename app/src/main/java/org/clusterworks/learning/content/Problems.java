package org.clusterworks.learning.content;

import java.util.ArrayList;
import java.util.List;

/** Collects content problems, each naming the file, the question or lesson id and the field. */
final class Problems {

    final List<String> list = new ArrayList<>();

    void add(String file, String id, String field, String message) {
        StringBuilder sb = new StringBuilder(file);
        if (id != null) {
            sb.append(": ").append(id);
        }
        if (field != null) {
            sb.append(": ").append(field);
        }
        list.add(sb.append(": ").append(message).toString());
    }

    boolean isEmpty() {
        return list.isEmpty();
    }
}
