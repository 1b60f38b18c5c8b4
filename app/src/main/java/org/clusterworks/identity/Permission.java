package org.clusterworks.identity;

/** What a role allows inside a workspace; pages and APIs check permissions, never role names. */
public enum Permission {
    /** See the workspace and its shared results. */
    VIEW,
    /** Take courses, quizzes and exams. */
    LEARN,
    /** Answer surveys, join joint actions and events as a member organisation. */
    CONTRIBUTE,
    /** Run a cluster initiative: members, governance, diagnostic, plan, indicators. */
    MANAGE_INITIATIVES,
    /** Import statistics and run mapping and analyses. */
    ANALYSE,
    /** Steer the programme: select clusters, launch initiatives, funding calls, reports. */
    MANAGE_PROGRAMME,
    /** Invite users, change roles, read the audit trail. */
    ADMINISTER
}
