package org.clusterworks.observatory.core;

import java.util.Arrays;
import java.util.List;

/** One section of a country fiche (chapter 4 of the 2019 report: development, programme, objectives, ...). */
public record FicheSection(String country, String section, int position, String heading, String body, String source) {

    /** The body's paragraphs (separated by blank lines). */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\n\\s*\\n"))
                .map(p -> p.replace('\n', ' ').strip())
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
