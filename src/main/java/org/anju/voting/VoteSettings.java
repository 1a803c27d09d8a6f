package org.anju.voting;

import java.util.Map;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's figures for votes (vot_setting): the minimum notice period before voting opens ({@link NoticePeriod},
 * default 15 days, marked as the default until the county sets its own). Read by anyone; edited by the county
 * authority only, every change audited.
 */
@Service
@Transactional(readOnly = true)
public class VoteSettings {

    /** The stored figure and whether it is still the shipped default. */
    public record Setting(String name, int value, boolean isDefault) {
    }

    static final String NOTICE_MIN_DAYS = "NOTICE_MIN_DAYS";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    VoteSettings(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Setting noticeMinDays() {
        return jdbc.sql("select name, value, is_default from vot_setting where name = ?").param(NOTICE_MIN_DAYS)
                .query((rs, n) -> new Setting(rs.getString(1), rs.getInt(2), rs.getBoolean(3))).optional()
                .orElse(new Setting(NOTICE_MIN_DAYS, NoticePeriod.DEFAULT_MIN_DAYS, true));
    }

    public NoticePeriod noticePeriod() {
        return new NoticePeriod(noticeMinDays().value());
    }

    /** Sets the minimum notice period (0 to 365 days): the county authority only. */
    @Transactional
    public Setting setNoticeMinDays(Integer days) {
        if (VoteAccess.user().role() != Role.COUNTY_AUTHORITY) {
            throw new AccessDeniedException("VOTE_SETTINGS");
        }
        if (days == null || days < 0 || days > 365) {
            throw InvalidRequestException.field("noticeMinDays", "vote.error.noticeMinDays");
        }
        Setting before = noticeMinDays();
        jdbc.sql("""
                        insert into vot_setting (name, value, is_default, updated_at, updated_by) values (?, ?, false, now(), ?)
                        on conflict (name) do update set value = excluded.value, is_default = false,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(NOTICE_MIN_DAYS, days, VoteAccess.actor()).update();
        audit.record(new AuditEntry("UPDATE", "vote-setting", NOTICE_MIN_DAYS, "修改表决公告最短公示天数",
                Map.of("value", before.value(), "default", before.isDefault()), Map.of("value", days), null));
        return noticeMinDays();
    }
}
