package org.anju.tender;

/** Where a tender stands. Message key {@code tender.status.NAME}. */
public enum TenderStatus {
    /** 投标中 or awaiting opening: bids are sealed. */
    OPEN,
    /** 已开标: bids read, the panel draws and scores. */
    OPENED,
    /** 已定标: the award is published. */
    AWARDED
}
