package org.anju.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.anju.governance.CommitteeKind;
import org.anju.governance.CommitteeSeeds;
import org.anju.governance.CommitteeStatus;
import org.anju.governance.CommitteeView.Member;
import org.anju.governance.MemberRole;
import org.anju.governance.MemberStatus;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.anju.region.RegisterGenerator.Township;
import org.springframework.stereotype.Component;

/**
 * Committees midway through the plan: about half of the county seat's estates and a fifth elsewhere
 * have one (owners' committees filed, interim committees, a few filings pending, one re-election due,
 * one member on the negative list); yeweihui's estate has a filed owners' committee. Dates count from
 * today so that "due" stays due whenever the demo starts; the choice of estates follows the seed.
 */
@Component
class SampleCommittees {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英";

    /** For a county without the demo committee account. */
    static final long NO_ACCOUNT_ESTATE = -1;

    private final CommitteeSeeds seeds;

    SampleCommittees(CommitteeSeeds seeds) {
        this.seeds = seeds;
    }

    void register(County county, long committeeEstate, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 104_729L + 11);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<CommitteeSeeds.Seed> list = new ArrayList<>();
        if (committeeEstate != NO_ACCOUNT_ESTATE) {
            list.add(owners(committeeEstate, today.minusYears(2), CommitteeStatus.FILED, random, null));
        }
        int n = 0;
        for (int t = 0; t < county.townships().size(); t++) {
            Township township = county.townships().get(t);
            double share = t == 0 ? 0.5 : 0.2;
            for (Estate e : township.communities().stream().flatMap(c -> c.estates().stream()).toList()) {
                if (e.id() == committeeEstate || random.nextDouble() >= share) {
                    continue;
                }
                list.add(switch (n++ % 6) {
                    // the first filed one has a member on the negative list
                    case 0, 3 -> owners(e.id(), today.minusMonths(6 + random.nextInt(30)), CommitteeStatus.FILED,
                            random, n == 1 ? "拒不执行业主大会决定" : null);
                    case 1, 4 -> interim(e.id(), today.minusMonths(3 + random.nextInt(20)), random);
                    case 2 -> owners(e.id(), today.minusDays(5 + random.nextInt(20)), CommitteeStatus.SUBMITTED,
                            random, null);
                    default -> n == 6
                            // one re-election due: a five-year term ending in two months
                            ? owners(e.id(), today.plusMonths(2).minusYears(5), CommitteeStatus.FILED, random, null)
                            : owners(e.id(), today.minusDays(10), CommitteeStatus.DRAFT, random, null);
                });
            }
        }
        seeds.seed(list);
        if (committeeEstate != NO_ACCOUNT_ESTATE) {
            // one handover in progress, one overdue, one removal proposal
            seeds.handoversAndPetition(committeeEstate, county.townships().get(0).communities().stream()
                    .flatMap(c -> c.estates().stream()).map(Estate::id).toList(), today);
        }
    }

    private CommitteeSeeds.Seed owners(long estate, LocalDate formed, CommitteeStatus status, SplittableRandom random,
                                       String suspension) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            MemberRole role = i == 0 ? MemberRole.CHAIR : i == 1 ? MemberRole.VICE_CHAIR : MemberRole.MEMBER;
            MemberStatus state = suspension != null && i == 4 ? MemberStatus.SUSPENDED : MemberStatus.ACTIVE;
            members.add(new Member(0, name(random), null, role, random.nextInt(3) == 0, false, true, formed,
                    formed.plusYears(5), state));
        }
        return new CommitteeSeeds.Seed(estate, CommitteeKind.OWNERS, status, formed, formed.plusYears(5),
                status == CommitteeStatus.FILED ? formed.plusDays(20) : null, members, suspension);
    }

    private CommitteeSeeds.Seed interim(long estate, LocalDate formed, SplittableRandom random) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            MemberRole role = i == 0 ? MemberRole.CHAIR : i == 1 ? MemberRole.VICE_CHAIR : MemberRole.MEMBER;
            // chair from the residents' committee; members 3–6 are owner representatives (4 of 7)
            members.add(new Member(0, name(random), null, role, i < 2 || random.nextInt(3) == 0, i < 2, i >= 3,
                    formed, formed.plusYears(3), MemberStatus.ACTIVE));
        }
        return new CommitteeSeeds.Seed(estate, CommitteeKind.INTERIM, CommitteeStatus.FILED, formed,
                formed.plusYears(3), formed.plusDays(7), members, null);
    }

    private static String name(SplittableRandom random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" : GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
}
