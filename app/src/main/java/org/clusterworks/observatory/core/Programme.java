package org.clusterworks.observatory.core;

/** A cluster programme: the values that do not change between waves. */
public record Programme(
        long id,
        String key,
        Level level,
        String country,
        String countryName,
        Long regionId,
        String regionName,
        String nutsCode,
        String name,
        String responsibleBody,
        String url,
        String source) {}
