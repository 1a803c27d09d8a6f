package org.anju.casework.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.anju.platform.measure.ProjectEvidence;
import org.anju.platform.measure.ProjectEvidenceSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Complaints about a project's company at its estate, for the star raters: how many were received in the period,
 * the share of those closed that closed on time, and the share of rated ones the reporter was satisfied with.
 */
@Component
class ComplaintEvidence implements ProjectEvidenceSource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ComplaintEvidence(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<ProjectEvidence> evidence(long projectId, long companyId, long estateId, LocalDate from, LocalDate to) {
        long[] n = jdbc.sql("""
                        select count(*),
                               count(*) filter (where status = 'CLOSED'),
                               count(*) filter (where status = 'CLOSED' and closed_at <= due_at),
                               count(*) filter (where rating is not null),
                               count(*) filter (where rating = 'SATISFIED')
                          from cas_case where company_id = ? and estate_id = ? and received_at >= ? and received_at < ?""")
                .params(companyId, estateId, from.atStartOfDay(ZONE).toOffsetDateTime(),
                        to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime())
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)}).single();
        String link = "/console/complaints?bodyKind=COMPANY";
        return List.of(
                new ProjectEvidence(SOURCE, text("evidence.casework.received"), String.valueOf(n[0]), link),
                new ProjectEvidence(SOURCE, text("evidence.casework.onTime"), share(n[2], n[1]), link),
                new ProjectEvidence(SOURCE, text("evidence.casework.satisfied"), share(n[4], n[3]), link));
    }

    static final String SOURCE = "evidence.source.casework";

    private String share(long part, long of) {
        return of == 0 ? "-" : Math.round(part * 1000.0 / of) / 10.0 + "% (" + part + "/" + of + ")";
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
