/** Exercises on the learner's own workspace data: a location quotient, the SWOT, an action line and its indicators. */
package org.clusterworks.learning.practice;
