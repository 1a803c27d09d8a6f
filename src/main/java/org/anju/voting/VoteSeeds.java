package org.anju.voting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.anju.voting.internal.ReceiptSigner;
import org.anju.voting.internal.VoteStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes votes as they stand, without a signed-in caller: for the demo data only (the demo loader is the system,
 * not a person), so it bypasses jurisdiction and the organiser checks. The roll is frozen and counted by the same
 * code as a real vote; ballots are signed as real ones are.
 */
@Service
public class VoteSeeds {

    /**
     * A vote to seed: its estate, period and motions; the share of voters who voted and of paper ballots; the agree
     * share of each motion (the rest against or abstaining); the demo owner (who has not voted in an open vote, and
     * agreed online in a closed one) or null; and
     * whether it is closed and published (its period must then be over).
     */
    public record Seed(long estateId, String title, VoteMode mode, OffsetDateTime opensAt, OffsetDateTime closesAt,
                       List<Votes.NewMotion> motions, List<Double> agreeShares, double turnout, double paperShare,
                       Long demoOwnerId, boolean closeAndPublish, Long buildingId, String section) {

        /** A vote of the whole estate. */
        public Seed(long estateId, String title, VoteMode mode, OffsetDateTime opensAt, OffsetDateTime closesAt,
                    List<Votes.NewMotion> motions, List<Double> agreeShares, double turnout, double paperShare,
                    Long demoOwnerId, boolean closeAndPublish) {
            this(estateId, title, mode, opensAt, closesAt, motions, agreeShares, turnout, paperShare, demoOwnerId,
                    closeAndPublish, null, null);
        }
    }

    private final VoteStore store;
    private final VoteOpener opener;
    private final ReceiptSigner signer;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    VoteSeeds(VoteStore store, VoteOpener opener, ReceiptSigner signer, ApplicationEventPublisher events,
              java.time.Clock clock) {
        this.clock = clock;
        this.store = store;
        this.opener = opener;
        this.signer = signer;
        this.events = events;
    }

    /** Writes the vote with its ballots; returns its id. */
    @Transactional
    public long seed(Seed s, long randomSeed) {
        SplittableRandom random = new SplittableRandom(randomSeed);
        java.time.LocalDate posted = s.opensAt().atZoneSameInstant(NoticePeriod.ZONE).toLocalDate()
                .minusDays(NoticePeriod.DEFAULT_MIN_DAYS + 1);
        long id = store.insertVote(s.estateId(), s.buildingId(), s.section(), s.title(), s.mode(),
                VoteAccess.COMMITTEE, null, posted, s.opensAt().toInstant(), s.closesAt().toInstant(), "demo");
        List<Long> motions = new ArrayList<>();
        int seq = 1;
        for (Votes.NewMotion m : s.motions()) {
            motions.add(store.insertMotion(id, seq++, m.title(), m.matter()));
        }
        store.lock(id, true);
        opener.open(id, s.estateId(), null, s.buildingId(), s.section(), s.opensAt().toInstant());
        Map<Long, Long> ownerOf = store.firstOwners(id);
        Long demoVoter = s.demoOwnerId() == null ? null : store.voterOfOwner(id, s.demoOwnerId()).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long span = Math.max(60, ChronoUnit.SECONDS.between(s.opensAt(), s.closesAt().isBefore(now) ? s.closesAt() : now));
        List<Object[]> participations = new ArrayList<>();
        List<Object[]> ballots = new ArrayList<>();
        for (VoteStore.VoterWeight v : store.voterWeights(id)) {
            boolean demo = Long.valueOf(v.id()).equals(demoVoter);
            if (demo ? !s.closeAndPublish() : random.nextDouble() >= s.turnout()) {
                continue;
            }
            Long owner = ownerOf.get(v.id());
            Channel channel = owner == null || (!demo && random.nextDouble() < s.paperShare()) ? Channel.PAPER
                    : Channel.ONLINE;
            Instant at = s.opensAt().toInstant().plusSeconds(random.nextLong(span)).truncatedTo(ChronoUnit.MICROS);
            participations.add(new Object[]{id, v.id(), channel.name(), java.sql.Timestamp.from(at), "demo"});
            for (int i = 0; i < motions.size(); i++) {
                double r = random.nextDouble();
                Choice c = demo || r < s.agreeShares().get(i) ? Choice.AGREE
                        : r < s.agreeShares().get(i) + (1 - s.agreeShares().get(i)) * 0.6 ? Choice.AGAINST : Choice.ABSTAIN;
                String who = owner != null ? "o" + owner : "v" + v.id();
                String receipt = signer.sign(new ReceiptSigner.Signed(id, motions.get(i), who, c.name(),
                        ChronoUnit.MICROS.between(Instant.EPOCH, at)));
                ballots.add(new Object[]{id, motions.get(i), v.id(), channel.name(), c.name(),
                        channel == Channel.ONLINE ? owner : null, java.sql.Timestamp.from(at), "demo", receipt});
            }
        }
        store.seedBallots(participations, ballots);
        if (s.closeAndPublish()) {
            VoteStore.Row row = store.row(id);
            Map<Long, VoteCount.Counted> counted = VoteCount.count(store, row);
            for (long m : motions) {
                VoteCount.Counted c = counted.get(m);
                store.writeResult(m, c.outcome().quorate(), c.outcome().passed(), c.tally());
            }
            store.close(id, s.closesAt().toInstant(), "demo", null);
            store.publish(id, s.closesAt().toInstant().plus(1, ChronoUnit.DAYS));
            for (var m : store.motions(id)) {
                VoteCount.Counted c = counted.get(m.id());
                if (c.outcome().passed()) {
                    events.publishEvent(new MotionCarried(id, m.id(), s.estateId(), s.buildingId(), m.matter(), m.title(),
                            s.mode(), c.tally().agree().area(), c.tally().agree().owners(), c.tally().total().area(),
                            c.tally().total().owners(), s.closesAt().toInstant(), s.section(), null));
                }
            }
        }
        return id;
    }
}
