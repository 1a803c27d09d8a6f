package org.anju.voting;

/** An owner's answer to one motion. */
public enum Choice {
    /** 同意 */
    AGREE,
    /** 反对 (in an objection vote: an objection) */
    AGAINST,
    /** 弃权: takes part, does not agree (SPC art. 8–9 counting). */
    ABSTAIN
}
