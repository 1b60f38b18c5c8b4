package org.clusterworks.stakeholders.directory;

import java.net.URI;
import java.time.Year;
import java.util.regex.Pattern;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.Gender;
import org.clusterworks.stakeholders.Helix;

/**
 * An organisation as typed in a form, sent to the API or read from an import row: text as given, checked by
 * {@link #validate(String)} into {@link Valid} values.
 */
public record OrganisationInput(
        String name,
        String helix,
        String legalForm,
        String taxId,
        String employeesBand,
        String turnoverBand,
        String industryCodes,
        String territoryCode,
        String address,
        String city,
        String countryCode,
        String latitude,
        String longitude,
        String foundedIn,
        String website,
        String email,
        String phone,
        String description,
        String ownerGender) {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern CODES = Pattern.compile("[A-Za-z0-9.]+(\\s*[,;]\\s*[A-Za-z0-9.]+)*");

    static OrganisationInput of(Organisation o) {
        return new OrganisationInput(
                o.name(),
                o.helix().name(),
                o.legalForm(),
                o.taxId(),
                o.employeesBand() == null ? null : o.employeesBand().name(),
                o.turnoverBand() == null ? null : o.turnoverBand().name(),
                o.industryCodes(),
                o.territoryCode(),
                o.address(),
                o.city(),
                o.countryCode(),
                o.latitude() == null ? null : o.latitude().toString(),
                o.longitude() == null ? null : o.longitude().toString(),
                o.foundedIn() == null ? null : o.foundedIn().toString(),
                o.website(),
                o.email(),
                o.phone(),
                o.description(),
                o.ownerGender() == null ? null : o.ownerGender().name());
    }

    static OrganisationInput empty() {
        return new OrganisationInput(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    /** The checked values; problems are reported with the field names prefixed by {@code prefix}. */
    Valid validate(String prefix) {
        var errors = new InvalidInput.Collector();
        Valid v = check(prefix, errors);
        errors.throwIfAny();
        return v;
    }

    Valid check(String prefix, InvalidInput.Collector errors) {
        String n = text(name);
        if (n == null) {
            errors.add(prefix + "name", "input.required");
        } else if (n.length() > 300) {
            errors.add(prefix + "name", "input.too-long");
        }
        Helix h = Helix.parse(helix);
        if (text(helix) == null) {
            errors.add(prefix + "helix", "input.required");
        } else if (h == null) {
            errors.add(prefix + "helix", "input.unknown-choice");
        }
        EmployeesBand eb = EmployeesBand.parse(text(employeesBand));
        if (text(employeesBand) != null && eb == null) {
            errors.add(prefix + "employeesBand", "input.unknown-choice");
        }
        TurnoverBand tb = TurnoverBand.parse(text(turnoverBand));
        if (text(turnoverBand) != null && tb == null) {
            errors.add(prefix + "turnoverBand", "input.unknown-choice");
        }
        Gender g = Gender.parse(ownerGender);
        if (text(ownerGender) != null && g == null) {
            errors.add(prefix + "ownerGender", "input.unknown-choice");
        }
        String codes = text(industryCodes);
        if (codes != null && (!CODES.matcher(codes).matches() || codes.length() > 300)) {
            errors.add(prefix + "industryCodes", "input.codes");
        }
        Double lat = decimal(prefix + "latitude", latitude, -90, 90, errors);
        Double lon = decimal(prefix + "longitude", longitude, -180, 180, errors);
        if ((lat == null) != (lon == null) && !errors.has(prefix + "latitude") && !errors.has(prefix + "longitude")) {
            errors.add(prefix + (lat == null ? "latitude" : "longitude"), "input.coordinates-pair");
        }
        Integer founded = null;
        if (text(foundedIn) != null) {
            try {
                founded = Integer.parseInt(text(foundedIn));
                if (founded < 1600 || founded > Year.now().getValue()) {
                    errors.add(prefix + "foundedIn", "input.founded-range");
                }
            } catch (NumberFormatException e) {
                errors.add(prefix + "foundedIn", "input.whole-number");
            }
        }
        String web = text(website);
        if (web != null) {
            try {
                URI uri = URI.create(web);
                if (uri.getScheme() == null
                        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                        || uri.getHost() == null) {
                    errors.add(prefix + "website", "input.url");
                }
            } catch (IllegalArgumentException e) {
                errors.add(prefix + "website", "input.url");
            }
        }
        String mail = text(email);
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            errors.add(prefix + "email", "input.email");
        }
        String country = text(countryCode);
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            errors.add(prefix + "countryCode", "input.country");
        }
        length(prefix + "legalForm", legalForm, 100, errors);
        length(prefix + "taxId", taxId, 60, errors);
        length(prefix + "territoryCode", territoryCode, 40, errors);
        length(prefix + "address", address, 400, errors);
        length(prefix + "city", city, 120, errors);
        length(prefix + "phone", phone, 60, errors);
        length(prefix + "description", description, 5000, errors);
        return new Valid(
                n,
                h,
                text(legalForm),
                text(taxId),
                eb,
                tb,
                codes == null ? null : codes.replaceAll("\\s*[,;]\\s*", ", "),
                text(territoryCode),
                text(address),
                text(city),
                country == null ? null : country.toUpperCase(java.util.Locale.ROOT),
                lat,
                lon,
                founded,
                web,
                mail,
                text(phone),
                text(description),
                g);
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void length(String field, String value, int max, InvalidInput.Collector errors) {
        if (value != null && value.strip().length() > max) {
            errors.add(field, "input.too-long");
        }
    }

    static Double decimal(String field, String value, double min, double max, InvalidInput.Collector errors) {
        String t = text(value);
        if (t == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(t.replace(',', '.'));
            if (Double.isNaN(d) || d < min || d > max) {
                errors.add(field, "input.out-of-range");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(field, "input.number");
            return null;
        }
    }

    /** Checked organisation values. */
    record Valid(
            String name,
            Helix helix,
            String legalForm,
            String taxId,
            EmployeesBand employeesBand,
            TurnoverBand turnoverBand,
            String industryCodes,
            String territoryCode,
            String address,
            String city,
            String countryCode,
            Double latitude,
            Double longitude,
            Integer foundedIn,
            String website,
            String email,
            String phone,
            String description,
            Gender ownerGender) {}
}
