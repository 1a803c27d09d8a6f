package org.anju.casework;

/** The kind of body a duty rule sends a complaint to. */
public enum BodyKind {
    /** A department of the county (城管、公安、消防、市场监管、自然资源、住建) or a utility. */
    DEPARTMENT,
    /** The property company serving the estate (its active project). */
    COMPANY,
    /** The estate's owners' committee or interim committee. */
    COMMITTEE,
    /** The community (residents' committee) the estate belongs to. */
    COMMUNITY
}
