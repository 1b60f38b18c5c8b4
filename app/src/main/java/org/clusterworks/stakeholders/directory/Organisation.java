package org.clusterworks.stakeholders.directory;

import java.time.OffsetDateTime;
import org.clusterworks.stakeholders.Gender;
import org.clusterworks.stakeholders.Helix;

/** An organisation of a workspace's directory, as stored. */
public record Organisation(
        long id,
        long workspaceId,
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
        Gender ownerGender,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** SME: a business under 250 employees and at most EUR 50 million turnover (unknown turnover counts as SME). */
    public boolean sme() {
        return helix == Helix.BUSINESS
                && employeesBand != null
                && employeesBand != EmployeesBand.FROM_250
                && turnoverBand != TurnoverBand.OVER_50M;
    }

    /** The size class message key, or null when the employees band is unknown. */
    public String sizeKey() {
        return employeesBand == null ? null : employeesBand.sizeKey();
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
