package org.clusterworks.shared;

import java.util.List;
import java.util.Map;

/**
 * A module's part in answering a person's data request (GDPR articles 15 and 17, Tanzania's Personal Data Protection
 * Act 2022): what the module holds about a stakeholder person, and how it erases it. Every module that stores data
 * about people contributes one bean; the stakeholders module gathers them.
 */
public interface PersonalDataHolder {

    /** A short, stable name for the section of the export, such as {@code governance-seats}. */
    String section();

    /** Every record this module holds about the person, one map of field to value per record. */
    List<Map<String, Object>> export(long workspaceId, long personId);

    /**
     * Erases or anonymises what identifies the person in this module and returns how many records changed; records
     * that must stay for the programme's accounts (attendance counts, votes) keep no name, contact or free text.
     */
    int erase(long workspaceId, long personId);
}
