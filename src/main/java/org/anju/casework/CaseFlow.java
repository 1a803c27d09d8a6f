package org.anju.casework;

import org.anju.platform.InvalidRequestException;

/**
 * The complaint's state machine (issue 7; plan §4): dispatched, accepted, resolved, rated, closed, in that order
 * and never skipping a state; a receiver returns a case once (then the township decides); an unsatisfied
 * rating reopens it once; a closed case takes no further action. Pure: the facade checks who acts.
 */
public final class CaseFlow {

    /** The parts of a case the flow decides on. */
    public record State(CaseStatus status, int returns, int reopens) {
    }

    private CaseFlow() {
    }

    /** The state after the action, or a 422 naming why the action is not allowed now. */
    public static State next(State s, CaseAction action, Rating rating) {
        if (s.status() == CaseStatus.CLOSED) {
            throw refused("casework.error.closed");
        }
        return switch (action) {
            case ACCEPT -> require(s, CaseStatus.DISPATCHED, new State(CaseStatus.ACCEPTED, s.returns(), s.reopens()));
            case PROGRESS -> require(s, CaseStatus.ACCEPTED, s);
            case RESOLVE -> require(s, CaseStatus.ACCEPTED, new State(CaseStatus.RESOLVED, s.returns(), s.reopens()));
            case RETURN -> {
                require(s, CaseStatus.DISPATCHED, s);
                if (s.returns() > 0) {
                    throw refused("casework.error.returnedOnce");
                }
                yield new State(CaseStatus.PENDING, s.returns() + 1, s.reopens());
            }
            case REROUTE -> {
                if (!s.status().open()) {
                    throw refused("casework.error.notOpen");
                }
                yield new State(CaseStatus.DISPATCHED, s.returns(), s.reopens());
            }
            case RATE -> {
                require(s, CaseStatus.RESOLVED, s);
                if (rating == null) {
                    throw InvalidRequestException.field("rating", "casework.error.rating");
                }
                yield rating == Rating.UNSATISFIED && s.reopens() == 0
                        ? new State(CaseStatus.DISPATCHED, s.returns(), 1)
                        : new State(CaseStatus.CLOSED, s.returns(), s.reopens());
            }
        };
    }

    private static State require(State s, CaseStatus needed, State then) {
        if (s.status() != needed) {
            throw refused("casework.error.state." + needed.name());
        }
        return then;
    }

    private static InvalidRequestException refused(String key) {
        return InvalidRequestException.rule("action", key);
    }
}
