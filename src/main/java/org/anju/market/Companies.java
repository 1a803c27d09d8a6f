package org.anju.market;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers property companies (物业服务企业) and their projects (物业项目). */
@Service
public class Companies {

    /** A company as other modules name it: id and registered name. */
    public record CompanyRef(long id, String name) {
    }

    /** The company serving an estate today (its active project), if any; for dispatching complaints. */
    public java.util.Optional<CompanyRef> servingEstate(long estateId) {
        return jdbc.sql("""
                        select c.id, c.name from mkt_project p join mkt_company c on c.id = p.company_id
                        where p.estate_id = ? and p.ended_on is null""")
                .param(estateId).query(CompanyRef.class).optional();
    }

    /** A company's name, if it is registered. */
    public java.util.Optional<String> nameOf(long companyId) {
        return jdbc.sql("select name from mkt_company where id = ?").param(companyId).query(String.class).optional();
    }

    /** A project to start: the company serves the estate from that day. */
    public record NewProject(long companyId, long estateId, LocalDate from) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Companies(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Transactional
    public long register(String name, String creditCode, String phone) {
        return jdbc.sql("insert into mkt_company (name, credit_code, phone) values (?, ?, ?) returning id")
                .params(name, creditCode, phone).query(Long.class).single();
    }

    /** Starts a project: the company serves the estate from that day. One active project per estate. */
    @Transactional
    public long startProject(long companyId, long estateId, LocalDate from) {
        return jdbc.sql("insert into mkt_project (company_id, estate_id, started_on) values (?, ?, ?) returning id")
                .params(companyId, estateId, from).query(Long.class).single();
    }

    /** Starts many projects in JDBC batches (sample and benchmark data); one active project per estate still holds. */
    @Transactional
    public void startProjects(List<NewProject> projects) {
        batch.batchUpdate("insert into mkt_project (company_id, estate_id, started_on) values (?, ?, ?)", projects, 1_000,
                (ps, p) -> {
                    ps.setLong(1, p.companyId());
                    ps.setLong(2, p.estateId());
                    ps.setDate(3, Date.valueOf(p.from()));
                });
    }
}
