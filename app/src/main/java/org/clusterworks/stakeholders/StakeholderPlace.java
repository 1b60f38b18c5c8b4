package org.clusterworks.stakeholders;

/**
 * Where an organisation is, for maps.
 *
 * @param organisationId the organisation's id
 * @param latitude WGS 84 latitude in degrees
 * @param longitude WGS 84 longitude in degrees
 */
public record StakeholderPlace(long organisationId, double latitude, double longitude) {}
