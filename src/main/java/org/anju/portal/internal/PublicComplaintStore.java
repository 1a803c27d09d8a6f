package org.anju.portal.internal;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public complaints' lookup codes (hashed) and the rate limit's count per client (hashed). */
@Repository
public class PublicComplaintStore {

    /** A filing's case and the hash of its lookup code. */
    public record Filing(long caseId, String codeHash) {
    }

    private final JdbcClient jdbc;

    PublicComplaintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long caseId, String number, String codeHash, String clientHash, Instant at) {
        jdbc.sql("insert into ptl_public_complaint (case_id, number, code_hash, client_hash, filed_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(caseId, number, codeHash, clientHash, Timestamp.from(at)).update();
    }

    /** Filings from one client since the instant. */
    public int since(String clientHash, Instant from) {
        return jdbc.sql("select count(*) from ptl_public_complaint where client_hash = ? and filed_at >= ?")
                .params(clientHash, Timestamp.from(from)).query(Integer.class).single();
    }

    public Optional<Filing> find(String number) {
        return jdbc.sql("select case_id, code_hash from ptl_public_complaint where number = ?").param(number)
                .query((rs, n) -> new Filing(rs.getLong(1), rs.getString(2))).optional();
    }
}
