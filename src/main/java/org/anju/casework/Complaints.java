package org.anju.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import java.util.Map;
import org.anju.calendar.WorkingCalendar;
import org.anju.casework.CaseView.Complaint;
import org.anju.casework.CaseView.Detail;
import org.anju.casework.internal.CaseStore;
import org.anju.casework.internal.CaseStore.Place;
import org.anju.casework.internal.CaseStore.Row;
import org.anju.casework.internal.DutyStore;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.Masking;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.platform.crypto.FieldCipher;
import org.anju.region.Register;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints' public API: intake by an owner (APP) or a clerk (HOTLINE, WALK_IN) with automatic dispatch by the
 * duty list, reads within {@link CaseAccess}'s scope (outside = 404), and the actions of {@link CaseFlow}
 * (403 for the wrong party, 422 out of turn, 409 when another clerk acted first). Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class Complaints {

    /** A report to file; photos come beside it. reporterName and reporterPhone are for a clerk's entry. */
    public record NewComplaint(Long estateId, String category, Urgency urgency, Channel channel, String text,
                               String location, Boolean anonymous, String reporterName, String reporterPhone) {
    }

    /** An action on a complaint. version: the one the caller saw (a stale one is refused with 409). */
    public record Act(CaseAction action, Integer version, String note, Rating rating, BodyKind bodyKind,
                      Long departmentId) {
    }

    /** Filters of the list; null = any. */
    public record Filter(CaseStatus status, String category, Long townshipId, Long estateId, BodyKind bodyKind,
                         Boolean overdue) {
    }

    private final CaseStore store;
    private final DutyStore duties;
    private final Dispatch dispatch;
    private final Jurisdictions jurisdictions;
    private final Register register;
    private final WorkingCalendar calendar;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final CaseEvents events;
    private final Clock clock;

    Complaints(CaseStore store, DutyStore duties, Dispatch dispatch, Jurisdictions jurisdictions, Register register,
               WorkingCalendar calendar, FieldCipher cipher, AuditLog audit, CaseEvents events, Clock clock) {
        this.store = store;
        this.duties = duties;
        this.dispatch = dispatch;
        this.jurisdictions = jurisdictions;
        this.register = register;
        this.calendar = calendar;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Complaint file(NewComplaint n, List<PhotoCheck.Upload> uploads) {
        AnjuUser u = user();
        boolean owner = u.role() == Role.OWNER;
        if (!owner && !CaseAccess.clerk(u)) {
            throw new AccessDeniedException("COMPLAINT_INTAKE");
        }
        if (n == null || n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "casework.error.estate");
        }
        register.estate(n.estateId());
        Channel channel = owner ? Channel.APP : n.channel() == null ? Channel.HOTLINE : n.channel();
        boolean channelAllowed = owner || channel == Channel.HOTLINE || channel == Channel.WALK_IN;
        return intake(n, uploads, channel, channelAllowed, owner ? u.accountId() : null,
                owner ? u.displayName() : null, u.getUsername(), id -> view(row(id), u));
    }

    /** What a public filer gets back: the case's id and number. */
    public record PublicFiling(long id, String number) {
    }

    /** One step of a complaint's progress as the public sees it: what happened and when, never who or why. */
    public record PublicStep(String action, Instant at) {
    }

    /** A complaint's progress without personal data or free text, for the public lookup by case number. */
    public record PublicStatus(String number, String estateName, String categoryName, CaseStatus status,
                               String bodyName, Instant receivedAt, Instant dueAt, Instant resolvedAt,
                               Instant closedAt, boolean overdue, List<PublicStep> steps) {
    }

    /**
     * A complaint filed by anyone on the public portal (no login): channel PUBLIC, never anonymous, a phone to call
     * back required and sealed like a clerk's entry; validated, timed and dispatched like any other. The caller
     * (the portal) rate-limits and gives the filer a way to look the case up.
     */
    @Transactional
    public PublicFiling filePublic(NewComplaint n) {
        if (n == null || n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "casework.error.estate");
        }
        if (Texts.strip(n.reporterPhone()) == null) {
            throw InvalidRequestException.field("reporterPhone", "casework.error.reporterPhone");
        }
        NewComplaint named = new NewComplaint(n.estateId(), n.category(), Urgency.GENERAL, Channel.PUBLIC, n.text(),
                n.location(), false, n.reporterName(), n.reporterPhone());
        return intake(named, List.of(), Channel.PUBLIC, true, null, null, "public",
                id -> new PublicFiling(id, store.find(id).orElseThrow().number()));
    }

    /** The public view of a complaint filed on the portal; empty for any other channel. */
    public java.util.Optional<PublicStatus> publicStatus(long id) {
        return store.find(id).filter(r -> r.channel() == Channel.PUBLIC).map(r -> {
            Instant now = clock.instant();
            boolean overdue = r.status().open() ? r.dueAt().isBefore(now)
                    : r.resolvedAt() != null && r.resolvedAt().isAfter(r.dueAt());
            return new PublicStatus(r.number(), r.estateName(), r.categoryName(), r.status(), r.bodyName(),
                    r.receivedAt(), r.dueAt(), r.resolvedAt(), r.closedAt(), overdue,
                    store.timeline(id).stream().map(e -> new PublicStep(e.action(), e.at())).toList());
        });
    }

    /**
     * Checks and stores a new complaint, dispatching it by the duty list; answers what {@code answer} makes of its
     * id, computed before the audit append so that the chain's lock is held only to the commit.
     */
    private <T> T intake(NewComplaint n, List<PhotoCheck.Upload> uploads, Channel channel, boolean channelAllowed,
                         Long accountId, String accountName, String enteredBy, LongFunction<T> answer) {
        Place place = store.place(n.estateId()).orElseThrow(() -> new NotFoundException("estate", n.estateId()));
        List<FieldError> errors = new ArrayList<>();
        var category = n.category() == null ? null
                : duties.category(n.category().strip()).filter(CaseView.Category::active).orElse(null);
        if (category == null) {
            errors.add(new FieldError("category", "casework.error.category"));
        }
        String text = Texts.strip(n.text());
        if (text == null || text.length() < 5 || text.length() > 2000 || !Texts.clean(text)) {
            errors.add(new FieldError("text", "casework.error.text"));
        }
        String location = Texts.strip(n.location());
        if (location != null && (location.length() > 200 || !Texts.clean(location))) {
            errors.add(new FieldError("location", "casework.error.location"));
        }
        if (!channelAllowed) {
            errors.add(new FieldError("channel", "casework.error.channel"));
        }
        boolean anonymous = Boolean.TRUE.equals(n.anonymous());
        String name = anonymous ? null : accountName != null ? accountName : Texts.strip(n.reporterName());
        String phone = anonymous ? null : Texts.strip(n.reporterPhone());
        if (name != null && (name.length() > 60 || !Texts.clean(name))) {
            errors.add(new FieldError("reporterName", "casework.error.reporterName"));
        }
        if (phone != null && !phone.matches("[0-9+\\-]{5,20}")) {
            errors.add(new FieldError("reporterPhone", "casework.error.reporterPhone"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (anonymous && !category.anonymousAllowed()) {
            throw InvalidRequestException.rule("anonymous", "casework.error.anonymous");
        }
        List<PhotoCheck.Photo> photos = PhotoCheck.check(uploads);
        Urgency urgency = n.urgency() == null ? Urgency.GENERAL : n.urgency();
        Instant now = clock.instant();
        Instant due = DeadlinePolicy.due(now, DeadlinePolicy.pick(duties.deadlines(), category.code(), urgency),
                calendar.days());
        Dispatch.Body body = dispatch.byDutyList(category.code(), place).orElse(null);
        long id = store.insert(new CaseStore.Insert(place.estateId(), place.regionPath(), category.code(), urgency,
                channel, text, location, anonymous, accountId, name,
                phone == null ? null : cipher.seal(phone), enteredBy,
                body == null ? CaseStatus.PENDING : CaseStatus.DISPATCHED, body == null ? null : body.kind(),
                body == null ? null : body.departmentId(), body == null ? null : body.companyId(),
                body == null ? null : body.name(), now, due));
        store.photos(id, "INTAKE", photos);
        store.event(id, "FILED", null, enteredBy, now);
        if (body != null) {
            store.event(id, "DISPATCHED", body.name(), "duty-list", now);
        }
        T filed = answer.apply(id);
        // the audit append last: the chain's lock is held from it to the commit (decision 0025)
        audit.record(AuditEntry.created("complaint", id, "受理投诉 " + category.name(),
                Map.of("estateId", place.estateId(), "category", category.code(), "channel", channel.name(),
                        "body", body == null ? "" : body.name())));
        return filed;
    }

    /**
     * A report raised by another module (a device alert of the iot module): no signed-in user, channel DEVICE,
     * no reporter; dispatched and timed like any other. Answers the new complaint's id.
     */
    @Transactional
    public long fileFromDevice(long estateId, String category, Urgency urgency, String text, String location) {
        Place place = store.place(estateId).orElseThrow(() -> new NotFoundException("estate", estateId));
        var c = duties.category(category).filter(CaseView.Category::active)
                .orElseThrow(() -> InvalidRequestException.field("category", "casework.error.category"));
        String t = Texts.strip(text);
        if (t == null || t.length() < 5 || t.length() > 2000 || !Texts.clean(t)) {
            throw InvalidRequestException.field("text", "casework.error.text");
        }
        Urgency u = urgency == null ? Urgency.URGENT : urgency;
        Instant now = clock.instant();
        Instant due = DeadlinePolicy.due(now, DeadlinePolicy.pick(duties.deadlines(), c.code(), u), calendar.days());
        Dispatch.Body body = dispatch.byDutyList(c.code(), place).orElse(null);
        long id = store.insert(new CaseStore.Insert(estateId, place.regionPath(), c.code(), u, Channel.DEVICE, t,
                Texts.strip(location), false, null, null, null, "device",
                body == null ? CaseStatus.PENDING : CaseStatus.DISPATCHED, body == null ? null : body.kind(),
                body == null ? null : body.departmentId(), body == null ? null : body.companyId(),
                body == null ? null : body.name(), now, due));
        store.event(id, "FILED", null, "device", now);
        if (body != null) {
            store.event(id, "DISPATCHED", body.name(), "duty-list", now);
        }
        audit.record(AuditEntry.created("complaint", id, "设备告警转工单 " + c.name(),
                Map.of("estateId", estateId, "category", c.code())));
        return id;
    }

    public PageResult<Complaint> list(Filter f, PageRequest page) {
        AnjuUser u = user();
        var scope = CaseAccess.scope(u, jurisdictions.current());
        var filter = new CaseStore.Filter(f.status(), Texts.strip(f.category()), f.townshipId(), f.estateId(),
                f.bodyKind(), f.overdue(), clock.instant());
        return new PageResult<>(store.list(scope, filter, page).stream().map(r -> view(r, u)).toList(),
                store.count(scope, filter), page.page(), page.size());
    }

    /**
     * The map of cases in the caller's scope (the same cases as the list): per estate with coordinates, open and
     * overdue counts; estates without coordinates are only counted.
     */
    public CaseView.CaseMap map(String category, Long townshipId, BodyKind bodyKind) {
        AnjuUser u = user();
        var scope = CaseAccess.scope(u, jurisdictions.current());
        var filter = new CaseStore.Filter(null, Texts.strip(category), townshipId, null, bodyKind, null,
                clock.instant());
        List<CaseView.MapPoint> placed = new ArrayList<>();
        long unplacedEstates = 0;
        long unplacedOpen = 0;
        for (CaseView.MapPoint p : store.mapCounts(scope, filter)) {
            if (p.longitude() != null && p.latitude() != null) {
                placed.add(p);
            } else {
                unplacedEstates++;
                unplacedOpen += p.open();
            }
        }
        return new CaseView.CaseMap(placed, unplacedEstates, unplacedOpen);
    }

    public Detail get(long id) {
        AnjuUser u = user();
        Row r = row(id);
        List<CaseAction> actions = Arrays.stream(CaseAction.values()).filter(a -> CaseAccess.may(u, r, a))
                .filter(a -> allowedNow(r, a)).toList();
        List<CaseView.Event> timeline = store.timeline(id);
        if (!CaseAccess.seesReporter(u, r) && r.reporterAccountId() != null && r.enteredBy() != null) {
            // the reporter's own account name would identify them to the party complained about
            timeline = timeline.stream().map(e -> r.enteredBy().equals(e.actor())
                    ? new CaseView.Event(e.action(), e.note(), REPORTER, e.at()) : e).toList();
        }
        return new Detail(view(r, u), timeline, store.photos(id), actions);
    }

    /** How the timeline names the reporter to those who may not know who reported. */
    static final String REPORTER = "报告人";

    /**
     * Adds photos to a complaint while it is open: the reporter (or, for a report entered by a clerk, a clerk) adds
     * to the report's photos (INTAKE), the body handling it to the result's (RESULT). The checks of
     * {@link PhotoCheck} (type by magic bytes, size) apply, and no stage holds more than {@link PhotoCheck#MAX_FILES}.
     * 404 outside the caller's scope, 403 for anyone else, 422 once resolved or closed. Answers the case's photos.
     */
    @Transactional
    public List<CaseView.PhotoRef> addPhotos(long id, List<PhotoCheck.Upload> uploads) {
        AnjuUser u = user();
        Row r = row(id);
        boolean reporter = r.reporterAccountId() != null ? r.reporterAccountId() == u.accountId() : CaseAccess.clerk(u);
        boolean receiver = CaseAccess.receiver(u, r);
        if (!reporter && !receiver) {
            throw new AccessDeniedException("COMPLAINT_PHOTO");
        }
        List<PhotoCheck.Photo> photos = PhotoCheck.check(uploads);
        if (photos.isEmpty()) {
            throw InvalidRequestException.field("photos", "casework.error.photoNone");
        }
        if (r.status() != CaseStatus.PENDING && r.status() != CaseStatus.DISPATCHED
                && r.status() != CaseStatus.ACCEPTED) {
            throw InvalidRequestException.rule("status", "casework.error.photoClosed");
        }
        String stage = receiver ? "RESULT" : "INTAKE";
        store.lock(id);
        if (store.photoCount(id, stage) + photos.size() > PhotoCheck.MAX_FILES) {
            throw InvalidRequestException.field("photos", "casework.error.photoCount", PhotoCheck.MAX_FILES);
        }
        store.photos(id, stage, photos);
        Instant now = clock.instant();
        store.event(id, "PHOTO", String.valueOf(photos.size()), receiver ? u.getUsername()
                : r.reporterAccountId() != null ? r.enteredBy() : u.getUsername(), now);
        audit.record(new AuditEntry("UPDATE", "complaint", String.valueOf(id), "投诉工单 " + r.number() + " 补充照片",
                null, Map.of("stage", stage, "photos", photos.size()), null));
        return store.photos(id);
    }

    /** A photo of a complaint the caller may read. */
    public PhotoCheck.Photo photo(long caseId, long photoId) {
        row(caseId);
        return store.photo(caseId, photoId).orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    @Transactional
    public Complaint act(long id, Act a, List<PhotoCheck.Upload> uploads) {
        if (a == null || a.action() == null) {
            throw InvalidRequestException.field("action", "casework.error.action");
        }
        AnjuUser u = user();
        Row r = row(id);
        if (!CaseAccess.may(u, r, a.action())) {
            throw new AccessDeniedException("COMPLAINT_" + a.action());
        }
        if (a.version() != null && a.version() != r.version()) {
            throw conflict();
        }
        String note = CaseActions.checkedNote(a);
        CaseFlow.State next = CaseFlow.next(new CaseFlow.State(r.status(), r.returns(), r.reopens()), a.action(),
                a.rating());
        List<PhotoCheck.Photo> photos = PhotoCheck.check(uploads);
        if (!photos.isEmpty() && a.action() != CaseAction.RESOLVE) {
            throw InvalidRequestException.field("photos", "casework.error.photoNotHere");
        }
        Instant now = clock.instant();
        CaseActions.Change change = CaseActions.change(r, a, note, next, now, this::rerouteBody, this::reopenedDue);
        if (!store.update(id, r.version(), change.assignments(), change.params())) {
            throw conflict();
        }
        store.photos(id, "RESULT", photos);
        store.event(id, change.event(), change.eventNote(), u.getUsername(), now);
        // Read unscoped: a department that has just returned a case no longer sees it, but gets its act's result.
        Row after = store.find(id).orElseThrow();
        audit.record(new AuditEntry(a.action().name(), "complaint", String.valueOf(id),
                "投诉工单 " + r.number() + " " + a.action().name(), Map.of("status", r.status()),
                Map.of("status", after.status()), note));
        if (after.status() == CaseStatus.CLOSED) {
            events.closed(after);
        }
        return view(after, u);
    }

    private Dispatch.Body rerouteBody(Row r, Act a) {
        if (a.bodyKind() == null) {
            throw InvalidRequestException.field("bodyKind", "casework.error.bodyKind");
        }
        if (a.bodyKind() == BodyKind.DEPARTMENT && a.departmentId() == null) {
            throw InvalidRequestException.field("departmentId", "casework.error.department");
        }
        Place place = store.place(r.estateId()).orElseThrow();
        return dispatch.body(a.bodyKind(), a.departmentId(), place).orElseThrow(() ->
                a.bodyKind() == BodyKind.DEPARTMENT ? InvalidRequestException.field("departmentId",
                        "casework.error.department") : InvalidRequestException.rule("bodyKind", "casework.error.noCompany"));
    }

    /** A reopened complaint gets a fresh time limit of its category and urgency from the reopening. */
    private Instant reopenedDue(Row r, Instant now) {
        return DeadlinePolicy.due(now, DeadlinePolicy.pick(duties.deadlines(), r.category(), r.urgency()),
                calendar.days());
    }

    private static boolean allowedNow(Row r, CaseAction a) {
        try {
            CaseFlow.next(new CaseFlow.State(r.status(), r.returns(), r.reopens()), a, Rating.SATISFIED);
            return true;
        } catch (InvalidRequestException e) {
            return false;
        }
    }

    private static InvalidRequestException conflict() {
        return new InvalidRequestException(409, "casework.error.conflict",
                List.of(new FieldError("version", "casework.error.version")));
    }

    private Row row(long id) {
        return store.find(CaseAccess.scope(user(), jurisdictions.current()), id)
                .orElseThrow(() -> new NotFoundException("complaint", id));
    }

    private static AnjuUser user() {
        return Jurisdictions.currentUser().orElseThrow(() -> new AccessDeniedException("anonymous"));
    }

    Complaint view(Row r, AnjuUser u) {
        boolean reporter = CaseAccess.seesReporter(u, r);
        String phone = reporter && r.reporterPhoneEnc() != null ? Masking.phone(cipher.open(r.reporterPhoneEnc())) : null;
        Instant now = clock.instant();
        boolean overdue = r.status().open() ? r.dueAt().isBefore(now)
                : r.resolvedAt() != null && r.resolvedAt().isAfter(r.dueAt());
        return new Complaint(r.id(), r.number(), r.estateId(), r.estateName(), r.townshipName(), r.communityName(),
                r.category(), r.categoryName(), r.urgency(), r.channel(), r.text(), r.location(), r.anonymous(),
                reporter ? r.reporterName() : null, phone, r.status(), r.bodyKind(), r.bodyName(), r.returns(),
                r.reopens(), r.receivedAt(), r.dueAt(), r.acceptedAt(), r.resolvedAt(), r.closedAt(), overdue,
                r.escalatedAt() != null, r.result(), r.rating(), r.version());
    }
}
