package org.anju.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anju.disclosure.BoardFreshness;
import org.anju.platform.measure.ProjectEvidence;
import org.anju.platform.measure.ProjectEvidenceSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The estate's disclosure board for the star raters: the items the latest version leaves out, whether it is stale
 * on the period's last day ({@link BoardFreshness}), the versions published in the period, and the charges
 * outside the board recorded in it.
 */
@Component
class BoardEvidence implements ProjectEvidenceSource {

    static final String SOURCE = "evidence.source.disclosure";

    private final JdbcClient jdbc;
    private final MessageSource messages;

    BoardEvidence(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<ProjectEvidence> evidence(long projectId, long companyId, long estateId, LocalDate from, LocalDate to) {
        String link = "/console/disclosures/estates/" + estateId;
        List<ProjectEvidence> facts = new ArrayList<>();
        jdbc.sql("""
                        select missing_count, published_on from dsc_board where estate_id = ? and published_on <= ?
                         order by version desc limit 1""")
                .params(estateId, to).query((rs, n) -> {
                    facts.add(new ProjectEvidence(SOURCE, text("evidence.disclosure.missing"),
                            String.valueOf(rs.getInt(1)), link));
                    LocalDate on = rs.getObject(2, LocalDate.class);
                    facts.add(new ProjectEvidence(SOURCE, text("evidence.disclosure.lastPublished"),
                            on + (BoardFreshness.stale(on, to) ? " (" + text("evidence.disclosure.stale") + ")" : ""),
                            link));
                    return on;
                }).optional();
        if (facts.isEmpty()) {
            facts.add(new ProjectEvidence(SOURCE, text("evidence.disclosure.none"), "-", link));
        }
        long[] n = jdbc.sql("""
                        select (select count(*) from dsc_board where estate_id = :estate and published_on between :from and :to),
                               (select count(*) from dsc_violation where estate_id = :estate
                                                                     and charged_on between :from and :to)""")
                .param("estate", estateId).param("from", from).param("to", to)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        facts.add(new ProjectEvidence(SOURCE, text("evidence.disclosure.versions"), String.valueOf(n[0]), link));
        facts.add(new ProjectEvidence(SOURCE, text("evidence.disclosure.violations"), String.valueOf(n[1]), link));
        return facts;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
