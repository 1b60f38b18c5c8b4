package org.clusterworks.observatory.core;

/** A region that answered the regional survey, with its NUTS 2016 code. */
public record Region(long id, String key, String country, String name, String nutsCode, String source) {}
