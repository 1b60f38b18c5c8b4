package org.clusterworks.observatory.core;

/** One section of a country fiche (chapter 4 of the 2019 report: development, programme, objectives, ...). */
public record FicheSection(String country, String section, int position, String heading, String body, String source) {}
