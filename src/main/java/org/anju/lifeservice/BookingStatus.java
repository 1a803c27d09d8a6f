package org.anju.lifeservice;

import java.util.EnumSet;
import java.util.Set;

/** A booking's state; {@link #next()} lists where it may go. */
public enum BookingStatus {
    /** 待受理: booked, waiting for the provider. */
    REQUESTED,
    /** 已受理: the provider accepted the slot. */
    ACCEPTED,
    /** 已派单: a worker and time are set. */
    SCHEDULED,
    /** 已完成: done and charged at the catalogue price. */
    COMPLETED,
    /** 已取消: by the booker, in time. */
    CANCELLED,
    /** 已拒绝: the provider declined, with a reason. */
    DECLINED,
    /** 未到场: nobody at the door at the slot (counted against the house). */
    NO_SHOW;

    /** The states this one may move to. */
    public Set<BookingStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(ACCEPTED, DECLINED, CANCELLED);
            case ACCEPTED -> EnumSet.of(SCHEDULED, COMPLETED, CANCELLED, NO_SHOW);
            case SCHEDULED -> EnumSet.of(COMPLETED, CANCELLED, NO_SHOW);
            case COMPLETED, CANCELLED, DECLINED, NO_SHOW -> EnumSet.noneOf(BookingStatus.class);
        };
    }
}
