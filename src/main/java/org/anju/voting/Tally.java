package org.anju.voting;

import java.math.BigDecimal;

/**
 * The counts of one motion, by area and by head: the roll's total, and the participants split by their choice.
 * Participants are everyone who cast a ballot, abstentions included (they take part but do not agree).
 */
public record Tally(Weight total, Weight agree, Weight against, Weight abstain) {

    /** An exclusive area (m², exact) and a number of owners. */
    public record Weight(BigDecimal area, long owners) {

        public static final Weight ZERO = new Weight(BigDecimal.ZERO, 0);

        public Weight plus(Weight other) {
            return new Weight(area.add(other.area), owners + other.owners);
        }
    }

    /** Everyone who cast a ballot on the motion. */
    public Weight participating() {
        return agree.plus(against).plus(abstain);
    }

    /** Adds up ballots one voter at a time (each voter once: the caller's roll guarantees it). */
    public static final class Counter {
        private final Weight total;
        private BigDecimal agreeArea = BigDecimal.ZERO;
        private BigDecimal againstArea = BigDecimal.ZERO;
        private BigDecimal abstainArea = BigDecimal.ZERO;
        private long agreeOwners;
        private long againstOwners;
        private long abstainOwners;

        public Counter(Weight total) {
            this.total = total;
        }

        /** One voter's ballot: their whole area and one head. */
        public Counter add(BigDecimal area, Choice choice) {
            switch (choice) {
                case AGREE -> {
                    agreeArea = agreeArea.add(area);
                    agreeOwners++;
                }
                case AGAINST -> {
                    againstArea = againstArea.add(area);
                    againstOwners++;
                }
                case ABSTAIN -> {
                    abstainArea = abstainArea.add(area);
                    abstainOwners++;
                }
            }
            return this;
        }

        public Tally tally() {
            return new Tally(total, new Weight(agreeArea, agreeOwners), new Weight(againstArea, againstOwners),
                    new Weight(abstainArea, abstainOwners));
        }
    }
}
