package org.anju.casework;

/** How a complaint came in. */
public enum Channel {
    /** An owner or resident on a phone. */
    APP,
    /** 12345 or the township's hotline, entered by a clerk. */
    HOTLINE,
    /** A walk-in at the township or community, entered by a clerk. */
    WALK_IN,
    /** Raised by another module (a device alert). */
    DEVICE,
    /** Filed by anyone on the public portal, without an account; the reporter's phone is sealed. */
    PUBLIC
}
