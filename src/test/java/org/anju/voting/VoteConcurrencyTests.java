package org.anju.voting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1 000 owners vote at once on PostgreSQL (issue 5 "done means"): each owner casts both motions online from a thread
 * pool, a tenth change their mind, while the organiser records 100 paper ballots at the same time; then the vote is
 * closed. Every ballot is stored once and the count equals the one computed here from the choices made.
 */
class VoteConcurrencyTests extends IntegrationTest {

    static final int OWNERS = 1_000;
    static final int PAPER = 100;

    @Autowired
    Votes votes;

    @Autowired
    Ballots ballots;

    @Autowired
    org.anju.identity.Accounts accounts;

    @Test
    void aThousandOwnersVotingAtOnceNeverLoseNorDoubleABallot() throws Exception {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("并发县"));
        long town = fixtures.region(county, "TOWNSHIP", "镇");
        long community = fixtures.region(town, "COMMUNITY", "社区");
        long estate = fixtures.estate(community, fixtures.unique("千户小区"));
        long[] owners = new long[OWNERS];
        BigDecimal[] areas = new BigDecimal[OWNERS];
        String prefix = fixtures.unique("41");
        for (int i = 0; i < OWNERS; i++) {
            long building = i % 100 == 0 ? fixtures.building(estate, (i / 100 + 1) + "号楼")
                    : jdbc.sql("select max(id) from reg_building where estate_id = ?").param(estate).query(Long.class).single();
            areas[i] = new BigDecimal(60 + i % 70 + "." + String.format("%02d", i * 37 % 100));
            owners[i] = fixtures.owner("业主" + i, prefix + String.format("%08d", i), "139" + String.format("%08d", i),
                    fixtures.house(building, "1", String.valueOf(100 + i), areas[i].toPlainString()));
        }
        String committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estate, null, null, null));
        AnjuUser organiser = accounts.load(committee).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        VoteView.Vote vote = as(organiser, () -> votes.create(new Votes.NewVote(estate, null, null, "千户并发表决",
                VoteMode.MEETING, now.minusMinutes(1), now.plusDays(3), null, now.toLocalDate().minusDays(20),
                List.of(new Votes.NewMotion("选聘物业", Matter.HIRE_COMPANY),
                        new Votes.NewMotion("筹集维修资金", Matter.RAISE_FUND)))));
        long m1 = vote.motions().get(0).id();
        long m2 = vote.motions().get(1).id();

        // the final choices: owner i agrees to m1 unless i % 5 == 0 (against) or i % 7 == 0 (abstain); m2 agree if i % 4 != 0
        Choice[] c1 = new Choice[OWNERS];
        Choice[] c2 = new Choice[OWNERS];
        for (int i = 0; i < OWNERS; i++) {
            c1[i] = i % 5 == 0 ? Choice.AGAINST : i % 7 == 0 ? Choice.ABSTAIN : Choice.AGREE;
            c2[i] = i % 4 != 0 ? Choice.AGREE : Choice.AGAINST;
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Future<?>> tasks = new ArrayList<>();
        for (int i = 0; i < OWNERS; i++) {
            int k = i;
            tasks.add(pool.submit(() -> {
                try {
                    if (k < PAPER) {
                        as(organiser, () -> ballots.castPaperSheet(vote.id(), owners[k], null,
                                new java.util.LinkedHashMap<>(java.util.Map.of(m1, c1[k], m2, c2[k]))));
                        return;
                    }
                    AnjuUser owner = new AnjuUser(0, "owner-" + k, "", "业主" + k, Role.OWNER,
                            new Binding(null, null, null, null, owners[k]), true, Set.of(Permission.REGISTER_READ));
                    if (k % 10 == 3) {   // first the opposite, then the final choice
                        as(owner, () -> ballots.cast(vote.id(), new Ballots.NewBallot(null, null, m1,
                                c1[k] == Choice.AGREE ? Choice.AGAINST : Choice.AGREE, Channel.ONLINE)));
                    }
                    as(owner, () -> ballots.cast(vote.id(), new Ballots.NewBallot(null, null, m1, c1[k], Channel.ONLINE)));
                    as(owner, () -> ballots.cast(vote.id(), new Ballots.NewBallot(null, null, m2, c2[k], Channel.ONLINE)));
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        for (Future<?> f : tasks) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(failures).as("ballots refused or failed").isEmpty();
        assertThat(jdbc.sql("select count(*) from vot_ballot where vote_id = ?").param(vote.id()).query(Long.class)
                .single()).isEqualTo(2L * OWNERS);
        assertThat(jdbc.sql("select count(*) from vot_participation where vote_id = ? and channel = 'PAPER'")
                .param(vote.id()).query(Long.class).single()).isEqualTo(PAPER);
        assertThat(jdbc.sql("select sum(changes) from vot_ballot where vote_id = ?").param(vote.id())
                .query(Long.class).single()).isEqualTo(OWNERS / 10 - PAPER / 10);

        VoteView.Result result = as(organiser, () -> votes.close(vote.id(), "并发测试提前计票"));
        Tally.Counter e1 = new Tally.Counter(Tally.Weight.ZERO);
        Tally.Counter e2 = new Tally.Counter(Tally.Weight.ZERO);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < OWNERS; i++) {
            e1.add(areas[i], c1[i]);
            e2.add(areas[i], c2[i]);
            total = total.add(areas[i]);
        }
        VoteView.MotionResult r1 = result.motions().get(0);
        VoteView.MotionResult r2 = result.motions().get(1);
        assertThat(r1.totalOwners()).isEqualTo(OWNERS);
        assertThat(r1.totalArea()).isEqualByComparingTo(total);
        assertThat(r1.participatingOwners()).isEqualTo(OWNERS);
        assertThat(r1.participatingArea()).isEqualByComparingTo(total);
        assertThat(r1.agreeArea()).isEqualByComparingTo(e1.tally().agree().area());
        assertThat(r1.agreeOwners()).isEqualTo(e1.tally().agree().owners());
        assertThat(r1.againstOwners()).isEqualTo(e1.tally().against().owners());
        assertThat(r1.abstainArea()).isEqualByComparingTo(e1.tally().abstain().area());
        assertThat(r2.agreeArea()).isEqualByComparingTo(e2.tally().agree().area());
        assertThat(r2.agreeOwners()).isEqualTo(750);
        Tally.Weight all = new Tally.Weight(total, OWNERS);
        Tally t2 = new Tally(all, e2.tally().agree(), e2.tally().against(), e2.tally().abstain());
        assertThat(r1.passed()).isTrue();
        assertThat(r2.passed()).isEqualTo(CountingRule.decide(Matter.RAISE_FUND, VoteMode.MEETING, t2).passed());
    }

    private static <T> T as(AnjuUser user, java.util.function.Supplier<T> call) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
