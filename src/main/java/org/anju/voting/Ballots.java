package org.anju.voting;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.voting.VoteView.Ballot;
import org.anju.voting.VoteView.ReceiptCheck;
import org.anju.voting.internal.ReceiptSigner;
import org.anju.voting.internal.VoteStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ballots (issue 5): an owner votes online for themself and may change their choice until the period ends; the
 * organiser records paper ballots (纸质表决票) and attaches their scans. One ballot per motion and voter (a unique
 * constraint); one channel per voter and vote (a foreign key); every ballot audited and answered with a signed
 * receipt. Concurrent ballots hold the vote row FOR SHARE, so closing waits for them and none is lost.
 */
@Service
@Transactional(readOnly = true)
public class Ballots {

    /** One ballot: the owner (or, for the developer's unsold houses, the roll's voter), the motion and the choice. */
    public record NewBallot(Long ownerId, Long voterId, Long motionId, Choice choice, Channel channel) {
    }

    static final long MAX_SCAN_BYTES = 5L * 1024 * 1024;
    static final Set<String> SCAN_TYPES = Set.of("image/jpeg", "image/png", "application/pdf");

    private final Votes votes;
    private final VoteStore store;
    private final ReceiptSigner signer;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Clock clock;

    Ballots(Votes votes, VoteStore store, ReceiptSigner signer, Jurisdictions jurisdictions, AuditLog audit,
            Clock clock) {
        this.votes = votes;
        this.store = store;
        this.signer = signer;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Ballot cast(long voteId, NewBallot b) {
        VoteStore.Row v = votes.row(voteId);
        boolean owner = VoteAccess.isOwner();
        if (!owner) {
            VoteAccess.requireOrganiser(v);
        }
        List<FieldError> errors = new ArrayList<>();
        if (b.motionId() == null) {
            errors.add(new FieldError("motionId", "vote.error.motion"));
        }
        if (b.choice() == null) {
            errors.add(new FieldError("choice", "vote.error.choice"));
        }
        if (b.channel() == null) {
            errors.add(new FieldError("channel", "vote.error.channel"));
        }
        if (!owner && b.ownerId() == null && b.voterId() == null) {
            errors.add(new FieldError("ownerId", "vote.error.owner"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        Long ownerId = b.ownerId();
        if (owner) {
            Long self = jurisdictions.current().ownerId();
            if (ownerId == null) {
                ownerId = self;
            }
            if (self == null || !self.equals(ownerId)) {
                throw new AccessDeniedException("an owner votes only for themself");
            }
            if (b.channel() != Channel.ONLINE) {
                throw InvalidRequestException.rule("channel", "vote.error.ownerOnline");
            }
        } else if (b.channel() != Channel.PAPER) {
            throw InvalidRequestException.rule("channel", "vote.error.organiserPaper");
        }
        if (store.motions(voteId).stream().noneMatch(m -> m.id() == b.motionId())) {
            throw InvalidRequestException.rule("motionId", "vote.error.motionOfVote");
        }
        VoteStatus status = store.lock(voteId, false);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (status != VoteStatus.OPEN || !now.isBefore(v.closesAt().toInstant())) {
            throw InvalidRequestException.rule("status", "vote.error.notOpen");
        }
        long voterId = voter(voteId, ownerId, owner ? null : b.voterId());
        Channel used = store.participate(voteId, voterId, b.channel(), VoteAccess.actor());
        if (used != b.channel()) {
            throw InvalidRequestException.rule("channel", used == Channel.ONLINE ? "vote.error.votedOnline"
                    : "vote.error.votedOnPaper");
        }
        String who = ownerId != null ? "o" + ownerId : "v" + voterId;
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, now);
        String receipt = signer.sign(new ReceiptSigner.Signed(voteId, b.motionId(), who, b.choice().name(), micros));
        if (!store.upsertBallot(voteId, b.motionId(), voterId, b.channel(), b.choice(), ownerId, now,
                VoteAccess.actor(), receipt)) {
            throw InvalidRequestException.rule("motionId", "vote.error.paperRecorded");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("motionId", b.motionId());
        after.put("voterId", voterId);
        after.put("ownerId", ownerId);
        after.put("channel", b.channel());
        after.put("choice", b.choice());
        audit.record(new AuditEntry("BALLOT", "vote", String.valueOf(voteId), (b.channel() == Channel.PAPER
                ? "录入纸质表决票" : "业主网上表决") + " (表决 " + voteId + ", 议题 " + b.motionId() + ")", null, after, null));
        return new Ballot(voteId, b.motionId(), ownerId, voterId, b.choice(), b.channel(),
                now.atOffset(ZoneOffset.ofHours(8)), receipt);
    }

    /** Records one paper ballot sheet: a choice for each motion, all or nothing. */
    @Transactional
    public List<Ballot> castPaperSheet(long voteId, Long ownerId, Long voterId, Map<Long, Choice> choices) {
        if (choices.isEmpty()) {
            throw InvalidRequestException.field("choice", "vote.error.choice");
        }
        List<Ballot> cast = new ArrayList<>();
        choices.forEach((motion, choice) -> cast.add(cast(voteId, new NewBallot(ownerId, voterId, motion, choice,
                Channel.PAPER))));
        return cast;
    }

    /** The signed-in owner votes online on every motion at once (the phone page); all or nothing. */
    @Transactional
    public List<Ballot> castOwnSheet(long voteId, Map<Long, Choice> choices) {
        List<FieldError> missing = new ArrayList<>();
        choices.forEach((motion, choice) -> {
            if (choice == null) {
                missing.add(new FieldError("choice" + motion, "vote.error.choice"));
            }
        });
        if (!missing.isEmpty() || choices.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", missing.isEmpty()
                    ? List.of(new FieldError("choice", "vote.error.choice")) : missing);
        }
        List<Ballot> cast = new ArrayList<>();
        choices.forEach((motion, choice) -> cast.add(cast(voteId, new NewBallot(null, null, motion, choice,
                Channel.ONLINE))));
        return cast;
    }

    /** The signed-in owner's own ballots in a vote, with their receipts (empty before voting). */
    public List<Ballot> mine(long voteId) {
        votes.row(voteId);
        if (!VoteAccess.isOwner()) {
            throw new AccessDeniedException("OWNER");
        }
        Long self = jurisdictions.current().ownerId();
        Optional<Long> voter = self == null ? Optional.empty() : store.voterOfOwner(voteId, self);
        return voter.map(id -> store.ballotsOf(voteId, id).stream().map(s -> new Ballot(voteId, s.motionId(),
                s.ownerId(), s.voterId(), s.choice(), s.channel(), s.castAt(), s.receipt())).toList()).orElse(List.of());
    }

    /**
     * The paper ballots of one voter of the roll (the sheet as recorded), for the organiser and the offices above it.
     * An online voter's choices are nobody else's business: none are returned for them.
     */
    public List<Ballot> ofVoter(long voteId, long voterId) {
        VoteAccess.requireSupervisor(votes.row(voteId));
        return store.ballotsOf(voteId, voterId).stream().filter(s -> s.channel() == Channel.PAPER)
                .map(s -> new Ballot(voteId, s.motionId(), s.ownerId(),
                s.voterId(), s.choice(), s.channel(), s.castAt(), s.receipt())).toList();
    }

    /** Whether a receipt is genuine and the count holds that ballot as cast (or a later change superseded it). */
    public ReceiptCheck check(long voteId, String receipt) {
        votes.row(voteId);
        Optional<ReceiptSigner.Signed> signed = signer.verify(receipt);
        if (signed.isEmpty() || signed.get().voteId() != voteId) {
            return new ReceiptCheck(false, false, false, null, null, null, null);
        }
        ReceiptSigner.Signed s = signed.get();
        OffsetDateTime castAt = Instant.EPOCH.plus(s.castAtMicros(), ChronoUnit.MICROS).atOffset(ZoneOffset.ofHours(8));
        Choice choice;
        try {
            choice = Choice.valueOf(s.choice());
        } catch (IllegalArgumentException e) {
            return new ReceiptCheck(false, false, false, null, null, null, null);
        }
        Optional<Long> voter = s.who().startsWith("o") ? store.voterOfOwner(voteId, Long.parseLong(s.who().substring(1)))
                : Optional.of(Long.parseLong(s.who().substring(1)));
        Optional<VoteStore.StoredBallot> stored = voter.flatMap(id -> store.ballot(s.motionId(), id));
        boolean asCast = stored.filter(x -> x.receipt().equals(receipt.strip())).isPresent();
        return new ReceiptCheck(true, asCast, !asCast && stored.isPresent(), voteId, s.motionId(), choice, castAt);
    }

    /** Attaches the scan of a voter's paper ballot, once, while the vote is open or after it closed. */
    @Transactional
    public void attachScan(long voteId, Long ownerId, Long voterId, String filename, String contentType,
                           byte[] content) {
        VoteStore.Row v = votes.row(voteId);
        VoteAccess.requireOrganiser(v);
        if (content == null || content.length == 0) {
            throw InvalidRequestException.field("file", "vote.error.scanEmpty");
        }
        if (content.length > MAX_SCAN_BYTES || contentType == null || !SCAN_TYPES.contains(contentType)) {
            throw InvalidRequestException.field("file", "vote.error.scanType");
        }
        if (ownerId == null && voterId == null) {
            throw InvalidRequestException.field("ownerId", "vote.error.owner");
        }
        store.lock(voteId, false);
        long voter = voter(voteId, ownerId, voterId);
        if (store.channelOf(voteId, voter).orElse(null) != Channel.PAPER) {
            throw InvalidRequestException.rule("ownerId", "vote.error.noPaperBallot");
        }
        if (store.hasScan(voteId, voter)) {
            throw InvalidRequestException.rule("file", "vote.error.scanExists");
        }
        String name = filename == null || filename.isBlank() ? "scan" : filename.strip();
        store.insertScan(voteId, voter, name.length() > 200 ? name.substring(0, 200) : name, contentType, content,
                VoteAccess.actor());
        audit.record(new AuditEntry("SCAN", "vote", String.valueOf(voteId), "上传纸质表决票扫描件 (表决 " + voteId
                + ")", null, Map.of("voterId", voter, "bytes", content.length), null));
    }

    /** The scan of a voter's paper ballot, for the organiser and the township above it. */
    public VoteStore.Scan scan(long voteId, long voterId) {
        VoteAccess.requireSupervisor(votes.row(voteId));
        return store.scan(voteId, voterId).orElseThrow(() -> new NotFoundException("scan", voterId));
    }

    private long voter(long voteId, Long ownerId, Long voterId) {
        if (ownerId != null) {
            return store.voterOfOwner(voteId, ownerId)
                    .orElseThrow(() -> InvalidRequestException.rule("ownerId", "vote.error.notOnRoll"));
        }
        if (voterId != null && store.voterExists(voteId, voterId)) {
            return voterId;
        }
        throw InvalidRequestException.rule("voterId", "vote.error.notOnRoll");
    }
}
