package org.clusterworks.surveys.form;

/** One row of the XLSForm {@code choices} sheet: an option of a choice list. */
public record Choice(String listName, String name, Text label) {}
