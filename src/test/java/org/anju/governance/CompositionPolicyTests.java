package org.anju.governance;

import java.util.ArrayList;
import java.util.List;
import org.anju.governance.CompositionPolicy.Seat;
import org.anju.platform.InvalidRequestException.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** rules.md §2: who may make up an owners' or interim committee, at the edges of the numbers. */
class CompositionPolicyTests {

    final CompositionPolicy policy = new CompositionPolicy(GovernanceSettings.DEFAULTS);

    /** n seats: one chair (from the residents' committee if asked), owners representatives as many as given. */
    static List<Seat> seats(int n, int ownerRepresentatives, boolean chairFromResidents) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            seats.add(new Seat(i == 0 ? MemberRole.CHAIR : MemberRole.MEMBER, i >= n - ownerRepresentatives,
                    i == 0 && chairFromResidents));
        }
        return seats;
    }

    static List<String> keys(List<FieldError> errors) {
        return errors.stream().map(FieldError::messageKey).toList();
    }

    @Test
    void anOwnersCommitteeOfFiveSevenOrElevenIsLawful() {
        assertThat(policy.check(CommitteeKind.OWNERS, seats(5, 5, false))).isEmpty();
        assertThat(policy.check(CommitteeKind.OWNERS, seats(7, 0, false))).isEmpty();
        assertThat(policy.check(CommitteeKind.OWNERS, seats(11, 11, false))).isEmpty();
    }

    @Test
    void anOwnersCommitteeOfFourIsRefusedAsTooSmallAndEven() {
        assertThat(keys(policy.check(CommitteeKind.OWNERS, seats(4, 4, false))))
                .containsExactlyInAnyOrder("committee.error.ownersSize", "committee.error.odd");
    }

    @Test
    void anOwnersCommitteeOfThirteenIsRefusedAsTooLarge() {
        assertThat(keys(policy.check(CommitteeKind.OWNERS, seats(13, 13, false))))
                .containsExactly("committee.error.ownersSize");
    }

    @Test
    void anOwnersCommitteeOfSixIsRefusedAsEven() {
        assertThat(keys(policy.check(CommitteeKind.OWNERS, seats(6, 6, false)))).containsExactly("committee.error.odd");
    }

    @Test
    void aCommitteeWithoutOrWithTwoChairsIsRefused() {
        List<Seat> none = new ArrayList<>(seats(5, 5, false));
        none.set(0, new Seat(MemberRole.VICE_CHAIR, true, false));
        assertThat(keys(policy.check(CommitteeKind.OWNERS, none))).containsExactly("committee.error.oneChair");
        List<Seat> two = new ArrayList<>(seats(5, 5, false));
        two.set(1, new Seat(MemberRole.CHAIR, true, false));
        assertThat(keys(policy.check(CommitteeKind.OWNERS, two))).containsExactly("committee.error.oneChair");
    }

    @Test
    void anInterimCommitteeOfSevenWithFourOwnersAndAResidentsChairIsLawful() {
        assertThat(policy.check(CommitteeKind.INTERIM, seats(7, 4, true))).isEmpty();
    }

    @Test
    void anInterimCommitteeOfSixIsRefused() {
        assertThat(keys(policy.check(CommitteeKind.INTERIM, seats(6, 6, true))))
                .containsExactlyInAnyOrder("committee.error.interimSize", "committee.error.odd");
    }

    @Test
    void anInterimCommitteeOfFiveIsRefusedThoughOdd() {
        assertThat(keys(policy.check(CommitteeKind.INTERIM, seats(5, 5, true))))
                .containsExactly("committee.error.interimSize");
    }

    @Test
    void anInterimCommitteeWithThreeOwnerRepresentativesOfSevenIsRefused() {
        assertThat(keys(policy.check(CommitteeKind.INTERIM, seats(7, 3, true))))
                .containsExactly("committee.error.ownerHalf");
    }

    @Test
    void anInterimCommitteeWhoseChairIsNotFromTheResidentsCommitteeIsRefused() {
        assertThat(keys(policy.check(CommitteeKind.INTERIM, seats(7, 4, false))))
                .containsExactly("committee.error.chairResidents");
    }

    @Test
    void theCountysOwnNumbersApply() {
        var nine = new CompositionPolicy(GovernanceSettings.DEFAULTS.with(GovernanceSetting.OWNERS_MIN_MEMBERS, 9));
        assertThat(keys(nine.check(CommitteeKind.OWNERS, seats(7, 7, false))))
                .containsExactly("committee.error.ownersSize");
    }
}
