package org.anju.tender;

import java.time.Instant;

/**
 * When bids may be made and read (plan §11). A bid is accepted strictly before the deadline; one made at the
 * deadline or later is refused. Amounts and proposals stay sealed until the tender is opened, which is possible
 * only from the opening time.
 */
public final class BidWindow {

    private BidWindow() {
    }

    public static boolean accepts(Instant deadline, Instant now) {
        return now.isBefore(deadline);
    }

    public static boolean mayOpen(Instant openingAt, Instant now) {
        return !now.isBefore(openingAt);
    }
}
