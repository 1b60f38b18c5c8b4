package org.clusterworks.initiatives.core;

import java.time.LocalDate;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;

/** A decision as typed in the meeting page. */
public record DecisionInput(
        String text,
        String votesFor,
        String votesAgainst,
        String abstentions,
        String outcome,
        String followUpOwner,
        String dueDate) {

    Valid check(InvalidInput.Collector errors) {
        return new Valid(
                FormFields.required("text", text, 5000, errors),
                FormFields.integer("votesFor", votesFor, 0, 10_000, errors),
                FormFields.integer("votesAgainst", votesAgainst, 0, 10_000, errors),
                FormFields.integer("abstentions", abstentions, 0, 10_000, errors),
                FormFields.choice("outcome", outcome, Domain.Outcome.class, Domain.Outcome.ADOPTED, errors),
                FormFields.optional("followUpOwner", followUpOwner, 200, errors),
                FormFields.date("dueDate", dueDate, false, errors));
    }

    record Valid(
            String text,
            Integer votesFor,
            Integer votesAgainst,
            Integer abstentions,
            Domain.Outcome outcome,
            String followUpOwner,
            LocalDate dueDate) {}
}
