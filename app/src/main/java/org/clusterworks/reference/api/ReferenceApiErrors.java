package org.clusterworks.reference.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders the reference API's errors as {@code application/problem+json}, whatever the global error set-up. */
@RestControllerAdvice(assignableTypes = {ClassificationApiController.class, TerritoryApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
final class ReferenceApiErrors {

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> problem(ErrorResponseException e) {
        return ResponseEntity.status(e.getStatusCode())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(e.getBody());
    }
}
