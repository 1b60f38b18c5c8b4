/**
 * Cross-cutting pieces every module may use: page layout and navigation, internationalisation, error pages, web
 * helpers. It holds no business data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package org.clusterworks.shared;
