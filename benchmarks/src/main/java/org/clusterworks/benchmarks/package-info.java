/** JMH benchmarks of the analytics engine, one class per family of measures. */
package org.clusterworks.benchmarks;
