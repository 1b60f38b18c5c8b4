/**
 * Learning: the cluster development course with its lessons, question bank, module quizzes, final exam and
 * verifiable certificates. Course content is read from {@code learning/<course>/} on the classpath (format in
 * {@code learning/FORMAT.md}) and loaded into the database at start-up, versioning every question.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning")
package org.clusterworks.learning;
