package org.clusterworks.stakeholders.directory;

import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.Gender;

/** A person as typed in a form, sent to the API or read from an import row. */
public record PersonInput(
        String fullName, String jobTitle, String email, String phone, String gender, Boolean consentToContact) {

    Valid validate(String prefix) {
        var errors = new InvalidInput.Collector();
        Valid v = check(prefix, errors);
        errors.throwIfAny();
        return v;
    }

    Valid check(String prefix, InvalidInput.Collector errors) {
        String n = OrganisationInput.text(fullName);
        if (n == null) {
            errors.add(prefix + "fullName", "input.required");
        }
        OrganisationInput.length(prefix + "fullName", fullName, 200, errors);
        OrganisationInput.length(prefix + "jobTitle", jobTitle, 200, errors);
        OrganisationInput.length(prefix + "phone", phone, 60, errors);
        String mail = OrganisationInput.text(email);
        if (mail != null && !OrganisationInput.EMAIL.matcher(mail).matches()) {
            errors.add(prefix + "email", "input.email");
        }
        Gender g = Gender.parse(gender);
        if (OrganisationInput.text(gender) != null && g == null) {
            errors.add(prefix + "gender", "input.unknown-choice");
        }
        return new Valid(
                n,
                OrganisationInput.text(jobTitle),
                mail,
                OrganisationInput.text(phone),
                g,
                Boolean.TRUE.equals(consentToContact));
    }

    record Valid(String fullName, String jobTitle, String email, String phone, Gender gender, boolean consent) {}
}
