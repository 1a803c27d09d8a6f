package org.anju.casework;

import org.anju.casework.CaseFlow.State;
import org.anju.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The complaint's state machine, edge by edge. */
class CaseFlowTests {

    static State at(CaseStatus s) {
        return new State(s, 0, 0);
    }

    static void refused(State s, CaseAction a, Rating r, String key) {
        assertThatThrownBy(() -> CaseFlow.next(s, a, r)).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors().get(0).messageKey()).isEqualTo(key));
    }

    @Test
    void aCaseGoesDispatchedAcceptedResolvedClosedInThatOrder() {
        State s = CaseFlow.next(at(CaseStatus.DISPATCHED), CaseAction.ACCEPT, null);
        assertThat(s.status()).isEqualTo(CaseStatus.ACCEPTED);
        s = CaseFlow.next(s, CaseAction.PROGRESS, null);
        assertThat(s.status()).isEqualTo(CaseStatus.ACCEPTED);
        s = CaseFlow.next(s, CaseAction.RESOLVE, null);
        assertThat(s.status()).isEqualTo(CaseStatus.RESOLVED);
        s = CaseFlow.next(s, CaseAction.RATE, Rating.BASIC);
        assertThat(s.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aCaseCannotSkipAState() {
        refused(at(CaseStatus.DISPATCHED), CaseAction.RESOLVE, null, "casework.error.state.ACCEPTED");
        refused(at(CaseStatus.DISPATCHED), CaseAction.RATE, Rating.SATISFIED, "casework.error.state.RESOLVED");
        refused(at(CaseStatus.ACCEPTED), CaseAction.RATE, Rating.SATISFIED, "casework.error.state.RESOLVED");
        refused(at(CaseStatus.PENDING), CaseAction.ACCEPT, null, "casework.error.state.DISPATCHED");
        refused(at(CaseStatus.ACCEPTED), CaseAction.ACCEPT, null, "casework.error.state.DISPATCHED");
    }

    @Test
    void aClosedCaseCannotBeClosedTwiceNorTouchedAgain() {
        for (CaseAction a : CaseAction.values()) {
            refused(at(CaseStatus.CLOSED), a, Rating.SATISFIED, "casework.error.closed");
        }
    }

    @Test
    void aReceiverReturnsOnceThenTheTownshipDecides() {
        State returned = CaseFlow.next(at(CaseStatus.DISPATCHED), CaseAction.RETURN, null);
        assertThat(returned).isEqualTo(new State(CaseStatus.PENDING, 1, 0));
        State rerouted = CaseFlow.next(returned, CaseAction.REROUTE, null);
        assertThat(rerouted).isEqualTo(new State(CaseStatus.DISPATCHED, 1, 0));
        refused(rerouted, CaseAction.RETURN, null, "casework.error.returnedOnce");
    }

    @Test
    void anAcceptedCaseCannotBeReturnedButCanBeRerouted() {
        refused(at(CaseStatus.ACCEPTED), CaseAction.RETURN, null, "casework.error.state.DISPATCHED");
        assertThat(CaseFlow.next(at(CaseStatus.ACCEPTED), CaseAction.REROUTE, null).status())
                .isEqualTo(CaseStatus.DISPATCHED);
        refused(at(CaseStatus.RESOLVED), CaseAction.REROUTE, null, "casework.error.notOpen");
    }

    @Test
    void anUnsatisfiedReporterReopensOnceAndTheSecondTimeItCloses() {
        State reopened = CaseFlow.next(at(CaseStatus.RESOLVED), CaseAction.RATE, Rating.UNSATISFIED);
        assertThat(reopened).isEqualTo(new State(CaseStatus.DISPATCHED, 0, 1));
        State again = new State(CaseStatus.RESOLVED, 0, 1);
        assertThat(CaseFlow.next(again, CaseAction.RATE, Rating.UNSATISFIED).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aRatingNeedsAVerdict() {
        assertThatThrownBy(() -> CaseFlow.next(at(CaseStatus.RESOLVED), CaseAction.RATE, null))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).status()).isEqualTo(400));
    }
}
