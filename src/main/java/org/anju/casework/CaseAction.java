package org.anju.casework;

/** What can be done to a complaint, through POST /api/v1/complaints/{id}/actions. */
public enum CaseAction {
    /** The receiving body takes the case on. */
    ACCEPT,
    /** The receiving body notes its progress. */
    PROGRESS,
    /** The receiving body resolves it with a result. */
    RESOLVE,
    /** The receiving body sends it back, once, with a reason; then the township decides. */
    RETURN,
    /** The township (or county) sends it to another body, with a reason. */
    REROUTE,
    /** The reporter (or a clerk after a follow-up call) rates the result. */
    RATE
}
