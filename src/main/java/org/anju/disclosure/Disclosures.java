package org.anju.disclosure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import org.anju.disclosure.internal.BoardStore;
import org.anju.disclosure.internal.BoardStore.Place;
import org.anju.disclosure.internal.BoardStore.Stored;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.market.ServiceMode;
import org.anju.market.ServiceModes;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disclosure boards' public API. Reads within the caller's jurisdiction (outside = 404); the company serving an
 * estate publishes its board (a new immutable version each time; any other role 403); a township or the county
 * records an undisclosed charge and announces it with {@link UndisclosedChargeRecorded}. Every write is audited.
 * The public board ({@link #publicBoard}) needs no login and shows only the current version.
 */
@Service
@Transactional(readOnly = true)
public class Disclosures {

    /** A charge of an item not on the board, as a township or the county records it. */
    public record NewViolation(String item, BigDecimal amount, LocalDate chargedOn, String evidence) {
    }

    private final BoardStore store;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ServiceModes modes;

    Disclosures(BoardStore store, Jurisdictions jurisdictions, AuditLog audit, ApplicationEventPublisher events,
                Clock clock, ServiceModes modes) {
        this.modes = modes;
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The estates in the jurisdiction that a company serves (service mode ENTERPRISE, from the market module) or
     * that have a board, with the state of their board (none, incomplete, stale, current).
     */
    public PageResult<BoardSummary> overview(Long townshipId, Long communityId, String name, BoardState state,
                                             PageRequest page) {
        var filter = new BoardStore.Filter(townshipId, communityId, name, state, served());
        var j = jurisdictions.current();
        LocalDate cutoff = BoardFreshness.cutoff(today());
        return new PageResult<>(store.overview(j, filter, cutoff, page), store.count(j, filter, cutoff), page.page(),
                page.size());
    }

    /** How many estates in the jurisdiction stand in each state. */
    public Map<BoardState, Long> counts() {
        return store.counts(jurisdictions.current(), served(), BoardFreshness.cutoff(today()));
    }

    /** The estate's board with its history and violations; 404 outside the jurisdiction. */
    public BoardDetail detail(long estateId) {
        Place place = place(estateId);
        Board current = store.latest(place).map(this::board).orElse(null);
        return new BoardDetail(place.estateId(), place.estateName(), place.townshipName(), current,
                store.versions(estateId), store.violations(estateId));
    }

    /** One version of the estate's board; 404 outside the jurisdiction or for a version that does not exist. */
    public Board version(long estateId, int version) {
        Place place = place(estateId);
        return store.version(place, version).map(this::board)
                .orElseThrow(() -> new NotFoundException("disclosure-version", version));
    }

    /** The current board, whoever asks: no login, no history, no personal data. 404 when none is published. */
    public Board publicBoard(long estateId) {
        return store.publicPlace(estateId).flatMap(store::latest).map(this::board)
                .orElseThrow(() -> new NotFoundException("disclosure", estateId));
    }

    /** The estates with a published board, searched by name, whoever asks (no login). */
    public PageResult<BoardSummary> publicBoards(String name, PageRequest page) {
        return new PageResult<>(store.published(name, BoardFreshness.cutoff(today()), page),
                store.countPublished(name), page.page(), page.size());
    }

    /**
     * Publishes the next version of the estate's board: the company serving the estate only. Items left blank
     * are published as missing; malformed ones are refused with nothing written.
     */
    @Transactional
    public Board publish(long estateId, BoardDraft draft) {
        Place place = place(estateId);
        AnjuUser user = Jurisdictions.currentUser().filter(u -> u.role() == Role.PROPERTY_COMPANY)
                .orElseThrow(() -> new AccessDeniedException("PROPERTY_COMPANY"));
        if (draft == null) {
            throw InvalidRequestException.field("board", "disclosure.error.empty");
        }
        List<FieldError> errors = DraftValidation.check(draft);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        List<DisclosureItem> missing = BoardCompleteness.missing(draft);
        String company = jurisdictions.current().label();
        long id = store.insert(estateId, user.binding().companyId(), company, draft, missing, today(),
                user.getUsername());
        Board board = board(store.latest(place).orElseThrow());
        audit.record(AuditEntry.created("disclosure-board", id, "发布公示栏第" + board.version() + "版 ("
                + place.estateName() + ")", Map.of("estateId", estateId, "version", board.version(),
                "missing", missing)));
        return board;
    }

    /**
     * Publishes a version for sample or imported data, dated as given and published by the system: the caller
     * supplies the company. Not for requests (no jurisdiction check).
     */
    @Transactional
    public long seed(long estateId, long companyId, String companyName, BoardDraft draft, LocalDate publishedOn) {
        return store.insert(estateId, companyId, companyName, draft, BoardCompleteness.missing(draft), publishedOn,
                "system");
    }

    /**
     * Records that the company charged an item not on the estate's board (plan §11), against the board current
     * today: a township office or the county only. An item that is on the board is refused (422).
     */
    @Transactional
    public Violation recordViolation(long estateId, NewViolation v) {
        Place place = place(estateId);
        Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_WRITE))
                .filter(u -> u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COUNTY_AUTHORITY)
                .orElseThrow(() -> new AccessDeniedException("TOWNSHIP_OFFICE"));
        if (v == null) {
            throw InvalidRequestException.field("item", "disclosure.error.item");
        }
        List<FieldError> errors = new ArrayList<>();
        String item = v.item() == null ? "" : v.item().strip();
        if (item.isEmpty() || item.length() > 64) {
            errors.add(new FieldError("item", "disclosure.error.item"));
        }
        if (v.amount() == null || v.amount().signum() <= 0 || DraftValidation.badMoney(v.amount())) {
            errors.add(new FieldError("amount", "disclosure.error.amount"));
        }
        if (v.chargedOn() == null || v.chargedOn().isAfter(today()) || v.chargedOn().getYear() < 2000) {
            errors.add(new FieldError("chargedOn", "disclosure.error.chargedOn"));
        }
        String evidence = v.evidence() == null ? "" : v.evidence().strip();
        if (evidence.length() < 2 || evidence.length() > 1000) {
            errors.add(new FieldError("evidence", "disclosure.error.evidence"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        Stored current = store.latest(place).orElse(null);
        if (current != null && onBoard(current.content(), item)) {
            throw InvalidRequestException.rule("item", "disclosure.error.onBoard", item);
        }
        String actor = Jurisdictions.currentUser().map(AnjuUser::getUsername).orElse("system");
        Long company = current == null ? null : current.companyId();
        long id = store.insertViolation(estateId, current == null ? null : current.id(), company, item, v.amount(),
                v.chargedOn(), evidence, actor);
        audit.record(AuditEntry.created("disclosure-violation", id, "记录收取未公示费用 (" + place.estateName() + ": "
                + item + ")", v));
        events.publishEvent(new UndisclosedChargeRecorded(id, estateId, company, item, v.amount(), v.chargedOn()));
        return store.violations(estateId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    /** Whether an item of that name (case and surrounding spaces ignored) is a fee item or extra service. */
    static boolean onBoard(BoardDraft board, String item) {
        String wanted = item.strip().toLowerCase(Locale.ROOT);
        return java.util.stream.Stream.concat(board.feeItems().stream(), board.extraServices().stream())
                .anyMatch(p -> p.name().strip().toLowerCase(Locale.ROOT).equals(wanted));
    }

    /** The estates of the jurisdiction a company serves, read page by page from the market module. */
    private Set<Long> served() {
        Set<Long> served = new HashSet<>();
        for (int page = 0; page < 1_000; page++) {
            var result = modes.estates(null, null, null, ServiceMode.ENTERPRISE, new PageRequest(page,
                    PageRequest.MAX_SIZE));
            result.content().forEach(e -> served.add(e.estateId()));
            if (!result.hasNext()) {
                break;
            }
        }
        return served;
    }

    private Place place(long estateId) {
        return store.place(jurisdictions.current(), estateId)
                .orElseThrow(() -> new NotFoundException("estate", estateId));
    }

    private Board board(Stored s) {
        return new Board(s.id(), s.place().estateId(), s.place().estateName(), s.place().townshipName(), s.version(),
                s.companyId(), s.companyName(), s.content(), s.missing(), s.publishedOn(),
                BoardFreshness.stale(s.publishedOn(), today()));
    }
}
