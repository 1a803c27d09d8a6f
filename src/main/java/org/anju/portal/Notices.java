package org.anju.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.portal.NoticeView.Attachment;
import org.anju.portal.NoticeView.Detail;
import org.anju.portal.NoticeView.File;
import org.anju.portal.NoticeView.Notice;
import org.anju.portal.internal.NoticeStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's notices and policies (plan §(四) publicity): the county authority writes, publishes and withdraws
 * them in the console (any other role 403, another county's 404); anyone reads the published ones on the portal.
 * Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class Notices {

    /** What a county writes; version: the one the caller saw, on a change (stale = 409). */
    public record Draft(NoticeCategory category, String title, String body, String issuer, String docNumber,
                        Integer version) {
    }

    private final NoticeStore store;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Clock clock;

    Notices(NoticeStore store, Jurisdictions jurisdictions, AuditLog audit, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Published notices, newest first, searched in title, text and document number: no login. */
    public PageResult<Notice> published(NoticeCategory category, String text, PageRequest page) {
        return new PageResult<>(store.published(category, text, page), store.countPublished(category, text),
                page.page(), page.size());
    }

    /** A published notice with its text and attachments; 404 for a draft or a withdrawn one. */
    public Detail publishedDetail(long id) {
        Notice n = store.find(NoticeStore.EVERYWHERE, NoticeStatus.PUBLISHED, id)
                .orElseThrow(() -> new NotFoundException("notice", id));
        return new Detail(n, store.body(id), store.attachments(id));
    }

    /** An attachment of a published notice. */
    public File publishedFile(long id, long attachmentId) {
        publishedDetail(id);
        return store.file(id, attachmentId).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    /** The county's own notices in any status. */
    public PageResult<Notice> list(NoticeStatus status, NoticeCategory category, String text, PageRequest page) {
        var scope = scope();
        return new PageResult<>(store.list(scope, status, category, text, page),
                store.count(scope, status, category, text), page.page(), page.size());
    }

    public Detail get(long id) {
        Notice n = own(id);
        return new Detail(n, store.body(id), store.attachments(id));
    }

    public File file(long id, long attachmentId) {
        own(id);
        return store.file(id, attachmentId).orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    /** A new draft of the caller's county. */
    @Transactional
    public Notice create(Draft d) {
        AnjuUser u = writer();
        NoticeStore.Fields f = checked(d);
        long id = store.insert(jurisdictions.current().regionPath(), f, u.getUsername());
        audit.record(AuditEntry.created("notice", id, "起草" + label(f.category()) + " " + f.title(),
                Map.of("category", f.category(), "title", f.title())));
        return own(id);
    }

    @Transactional
    public Notice update(long id, Draft d) {
        writer();
        Notice before = own(id);
        NoticeStore.Fields f = checked(d);
        if (!store.update(id, d.version() == null ? before.version() : d.version(), f)) {
            throw conflict();
        }
        audit.record(new AuditEntry("UPDATE", "notice", String.valueOf(id), "修改公告 " + f.title(),
                Map.of("title", before.title()), Map.of("title", f.title()), null));
        return own(id);
    }

    /** Puts a draft or withdrawn notice on the portal, dated today. */
    @Transactional
    public Notice publish(long id, Integer version) {
        return move(id, version, NoticeStatus.PUBLISHED, "发布公告 ");
    }

    /** Takes a published notice off the portal; it stays in the console. */
    @Transactional
    public Notice withdraw(long id, Integer version) {
        return move(id, version, NoticeStatus.WITHDRAWN, "撤回公告 ");
    }

    /** Attaches a file (PDF, Word, Excel, image; checked by its content, at most 10 MB). */
    @Transactional
    public Attachment attach(long id, String filename, byte[] data) {
        writer();
        own(id);
        String name = filename == null ? null : filename.replaceAll("[\\\\/]", "_").strip();
        String type = AttachmentType.of(data);
        if (name == null || name.isEmpty() || name.length() > 200 || !clean(name)) {
            throw InvalidRequestException.field("file", "portal.error.filename");
        }
        if (type == null || data.length > AttachmentType.MAX_BYTES) {
            throw InvalidRequestException.field("file", "portal.error.file");
        }
        long attachmentId = store.attach(id, name, type, data);
        audit.record(AuditEntry.created("notice-attachment", attachmentId, "公告附件 " + name,
                Map.of("noticeId", id, "size", data.length)));
        return new Attachment(attachmentId, name, type, data.length);
    }

    private Notice move(long id, Integer version, NoticeStatus to, String summary) {
        writer();
        Notice n = own(id);
        boolean allowed = to == NoticeStatus.PUBLISHED ? n.status() != NoticeStatus.PUBLISHED
                : n.status() == NoticeStatus.PUBLISHED;
        if (!allowed) {
            throw InvalidRequestException.rule("status", "portal.error.status");
        }
        LocalDate on = to == NoticeStatus.PUBLISHED ? LocalDate.now(clock) : null;
        if (!store.status(id, version == null ? n.version() : version, to, on)) {
            throw conflict();
        }
        audit.record(new AuditEntry(to.name(), "notice", String.valueOf(id), summary + n.title(),
                Map.of("status", n.status()), Map.of("status", to), null));
        return own(id);
    }

    private Notice own(long id) {
        return store.find(scope(), null, id).orElseThrow(() -> new NotFoundException("notice", id));
    }

    /** The county authority's own notices; any other role may not use the console's notices at all. */
    private Jurisdiction.Condition scope() {
        writer();
        return jurisdictions.current().rows("n.region_path", "null");
    }

    private static AnjuUser writer() {
        AnjuUser u = Jurisdictions.currentUser().orElseThrow(() -> new AccessDeniedException("anonymous"));
        if (u.role() != Role.COUNTY_AUTHORITY) {
            throw new AccessDeniedException("NOTICE_WRITE");
        }
        return u;
    }

    private static NoticeStore.Fields checked(Draft d) {
        if (d == null) {
            throw InvalidRequestException.field("title", "portal.error.title");
        }
        List<FieldError> errors = new ArrayList<>();
        String title = strip(d.title());
        String body = strip(d.body());
        String issuer = strip(d.issuer());
        String doc = strip(d.docNumber());
        if (d.category() == null) {
            errors.add(new FieldError("category", "portal.error.category"));
        }
        if (title == null || title.length() > 200 || !clean(title) || title.contains("\n")) {
            errors.add(new FieldError("title", "portal.error.title"));
        }
        if (body == null || body.length() > 100_000 || !clean(body)) {
            errors.add(new FieldError("body", "portal.error.body"));
        }
        if (issuer != null && (issuer.length() > 100 || !clean(issuer))) {
            errors.add(new FieldError("issuer", "portal.error.issuer"));
        }
        if (doc != null && (doc.length() > 100 || !clean(doc))) {
            errors.add(new FieldError("docNumber", "portal.error.docNumber"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        return new NoticeStore.Fields(d.category(), title, body, issuer, doc);
    }

    private static String label(NoticeCategory c) {
        return c == NoticeCategory.POLICY ? "政策法规" : "通知公告";
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** PostgreSQL refuses NUL; other control characters are never meant. */
    private static boolean clean(String s) {
        return s.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
    }

    private static InvalidRequestException conflict() {
        return new InvalidRequestException(409, "portal.error.conflict",
                List.of(new FieldError("version", "portal.error.version")));
    }
}
