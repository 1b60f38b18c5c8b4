package org.clusterworks.reference.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The 404 problems of the reference API, naming the scheme and code that were not found. */
final class ReferenceProblems {

    private ReferenceProblems() {}

    static ErrorResponseException unknownScheme(String kind, String scheme) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "There is no " + kind + " scheme '" + scheme + "'.");
        problem.setTitle("Unknown " + kind + " scheme");
        problem.setType(URI.create("urn:clusterworks:problem:reference:unknown-scheme"));
        problem.setProperty("scheme", scheme);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    static ErrorResponseException unknownCode(String kind, String scheme, String code) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "The " + kind + " scheme '" + scheme + "' has no code '" + code + "'.");
        problem.setTitle("Unknown code");
        problem.setType(URI.create("urn:clusterworks:problem:reference:unknown-code"));
        problem.setProperty("scheme", scheme);
        problem.setProperty("code", code);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
