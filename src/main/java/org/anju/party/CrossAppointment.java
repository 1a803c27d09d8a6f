package org.anju.party;

import java.time.LocalDate;

/**
 * 双向进入、交叉任职 (plan §7): a person of an owners' committee or a property company (named in
 * {@code reference}, free text or an id) holding a seat on the community's Party or residents' committee,
 * recorded under the branch whose community it is; {@code to} is null while the seat is held.
 */
public record CrossAppointment(long id, long organizationId, String personName, String reference, Seat seat,
                               LocalDate from, LocalDate to) {

    /** The seat held. Message key {@code party.seat.NAME}. */
    public enum Seat {
        /** 社区党组织委员. */
        PARTY_COMMITTEE,
        /** 社区居委会委员. */
        RESIDENTS_COMMITTEE
    }

    /** A seat to record. */
    public record New(String personName, String reference, Seat seat, LocalDate from, LocalDate to) {
    }
}
