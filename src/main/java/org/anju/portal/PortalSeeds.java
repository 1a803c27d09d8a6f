package org.anju.portal;

import java.time.Clock;
import java.time.LocalDate;
import org.anju.casework.Complaints;
import org.anju.casework.Complaints.NewComplaint;
import org.anju.portal.internal.NoticeStore;
import org.anju.portal.internal.PublicComplaintStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes the demo's notices and its public complaint directly, without a signed-in county (demo data only). */
@Component
public class PortalSeeds {

    private final NoticeStore notices;
    private final PublicComplaintStore filings;
    private final Complaints complaints;
    private final Clock clock;

    PortalSeeds(NoticeStore notices, PublicComplaintStore filings, Complaints complaints, Clock clock) {
        this.notices = notices;
        this.filings = filings;
        this.complaints = complaints;
        this.clock = clock;
    }

    /** A notice of the county at regionPath; publishedOn null leaves it a draft. */
    @Transactional
    public long notice(String regionPath, NoticeCategory category, String title, String body, String issuer,
                       String docNumber, LocalDate publishedOn) {
        long id = notices.insert(regionPath, new NoticeStore.Fields(category, title, body, issuer, docNumber), "demo");
        if (publishedOn != null) {
            notices.status(id, 0, NoticeStatus.PUBLISHED, publishedOn);
        }
        return id;
    }

    /** A complaint filed on the portal with a known lookup code, so the demo can show the lookup; its number. */
    @Transactional
    public String publicComplaint(long estateId, String category, String text, String location, String phone,
                                  String code) {
        Complaints.PublicFiling f = complaints.filePublic(new NewComplaint(estateId, category, null, null, text,
                location, false, null, phone));
        filings.insert(f.id(), f.number(), PublicComplaintDesk.hash(f.number() + ":" + code),
                PublicComplaintDesk.hash("client:demo"), clock.instant());
        return f.number();
    }
}
