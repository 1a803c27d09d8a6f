package org.anju.market;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers property companies (物业服务企业) and their projects (物业项目). */
@Service
public class Companies {

    private final JdbcClient jdbc;

    Companies(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
