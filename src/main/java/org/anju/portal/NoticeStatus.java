package org.anju.portal;

/** Where a notice stands. */
public enum NoticeStatus {
    /** Being written in the console; nobody outside the county authority sees it. */
    DRAFT,
    /** On the portal for everyone, from its publication date. */
    PUBLISHED,
    /** Taken off the portal (superseded or published by mistake); kept for the record. */
    WITHDRAWN
}
