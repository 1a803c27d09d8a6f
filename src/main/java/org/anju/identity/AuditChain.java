package org.anju.identity;

/** Checks that the audit trail's hash chain is intact: no entry changed, inserted or removed in between. */
public interface AuditChain {

    /**
     * The outcome of a verification.
     *
     * @param entries     how many entries were checked
     * @param intact      whether every hash matched
     * @param firstBadId  the first entry whose hash or link does not match, or null
     * @param lastHash    the hash of the newest entry (note it down: it anchors the chain's end)
     */
    record Verification(long entries, boolean intact, Long firstBadId, String lastHash) {
    }

    Verification verify();
}
