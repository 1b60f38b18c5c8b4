/**
 * Reference data every other module builds on: industry classifications with their hierarchies and concordances,
 * cluster definitions, and territories with their hierarchies and map geometry. All of it is platform-wide and
 * loaded from files shipped in the application. Other modules use only the types in this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data")
package org.clusterworks.reference;
