package org.clusterworks.planning.implementation;

import java.util.Locale;
import java.util.regex.Pattern;
import org.clusterworks.shared.FormFields;
import org.clusterworks.shared.InvalidInput;

/** The public registration form as typed; the check names every bad field. */
public record PublicRegistrationInput(String fullName, String email, String organisation, String consent) {

    /** One address, a domain with a dot, no spaces: what a person can be written to at. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

    /** A checked registration; the e-mail is lower-cased so that one address registers once. */
    public record Valid(String fullName, String email, String organisation) {}

    public static PublicRegistrationInput empty() {
        return new PublicRegistrationInput(null, null, null, null);
    }

    public Valid check(InvalidInput.Collector errors) {
        String n = FormFields.required("fullName", fullName, 200, errors);
        String e = FormFields.required("email", email, 254, errors);
        if (e != null && !EMAIL.matcher(e).matches()) {
            errors.add("email", "planning.public.email-invalid");
            e = null;
        }
        String o = FormFields.optional("organisation", organisation, 300, errors);
        if (!"true".equalsIgnoreCase(FormFields.text(consent)) && !"on".equalsIgnoreCase(FormFields.text(consent))) {
            errors.add("consent", "planning.public.consent-required");
        }
        return new Valid(n, e == null ? null : e.toLowerCase(Locale.ROOT), o);
    }
}
