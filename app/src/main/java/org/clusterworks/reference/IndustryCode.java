package org.clusterworks.reference;

/**
 * One code of an industry classification, such as NACE Rev. 2 class {@code 62.01}.
 *
 * @param scheme classification identifier, e.g. {@code nace-rev2}
 * @param code the code as the classification writes it
 * @param title English title
 * @param level 1 for the top level (section, sector), increasing downwards
 * @param parentCode code of the parent in the same scheme, null at the top level
 */
public record IndustryCode(String scheme, String code, String title, int level, String parentCode) {}
