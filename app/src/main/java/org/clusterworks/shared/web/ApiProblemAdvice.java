package org.clusterworks.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.shared.StaleEdit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input to the REST API: 400 problem+json whose {@code errors} name each field and its problem, in the
 * caller's language ({@code Accept-Language}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.errors()
                .forEach((field, key) -> errors.add(Map.of(
                        "field",
                        field,
                        "message",
                        messages.getMessage(key, e.arguments().get(field), key, LocaleContextHolder.getLocale()))));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                errors.size() + " invalid field(s): "
                        + String.join(", ", e.errors().keySet()));
        problem.setTitle("Invalid input");
        problem.setType(URI.create("urn:clusterworks:problem:invalid-input"));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A save over a change made since the client read the record: 409, naming who changed it. */
    @ExceptionHandler(StaleEdit.class)
    ProblemDetail stale(StaleEdit e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                messages.getMessage(
                        "edit.stale-api",
                        e.arguments().get("version"),
                        "changed since you read it",
                        LocaleContextHolder.getLocale()));
        problem.setTitle("Edit conflict");
        problem.setType(URI.create("urn:clusterworks:problem:edit-conflict"));
        problem.setProperty("changedBy", e.changedBy());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        String problemText = "is not valid JSON";
        Throwable cause = e.getCause();
        if (cause instanceof tools.jackson.databind.DatabindException db
                && !db.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var ref : db.getPath()) {
                if (ref.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            field = path.toString();
            problemText = "has the wrong type or format";
        }
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Field " + field + " " + problemText);
        problem.setTitle("Invalid input");
        problem.setType(URI.create("urn:clusterworks:problem:invalid-input"));
        problem.setProperty("errors", List.of(Map.of("field", field, "message", problemText)));
        return problem;
    }
}
