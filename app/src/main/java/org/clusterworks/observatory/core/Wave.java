package org.clusterworks.observatory.core;

/**
 * One fielding of the observatory's survey, or one source document.
 *
 * @param level the level it asked about, or null for a wave that covers every level
 * @param surveyRoundId the round of the surveys module that fed it, once waves run through that module
 */
public record Wave(long id, String code, int year, String level, String title, String source, Long surveyRoundId) {}
