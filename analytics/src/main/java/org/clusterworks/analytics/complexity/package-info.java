/**
 * Economic complexity of a region x industry cross-section: Balassa RCA, binary presence with diversity and ubiquity,
 * ECI/PCI (eigenvector and reflections, Growth Lab normalisation), fitness-complexity (economiccomplexity convention)
 * and PRODY/EXPY; conventions in {@code docs/methods-complexity.md}.
 */
package org.clusterworks.analytics.complexity;
