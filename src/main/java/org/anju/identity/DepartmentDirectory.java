package org.anju.identity;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Departments (城管、公安、消防…) that accounts can belong to and work can be dispatched to. */
@Component
public class DepartmentDirectory {

    /** A department of a county (or larger region). */
    public record Department(long id, long regionId, String code, String name) {
    }

    private final JdbcClient jdbc;

    DepartmentDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Department> find(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, region_id, code, name from idn_department where id = ?")
                .param(id).query(Department.class).optional();
    }

    /** Every department, by name, for the department select of an account form. */
    public java.util.List<Department> all() {
        return jdbc.sql("select id, region_id, code, name from idn_department order by name, id")
                .query(Department.class).list();
    }

    /** Adds a department, or returns the one with that code. */
    public Department ensure(long regionId, String code, String name) {
        jdbc.sql("insert into idn_department (region_id, code, name) values (?, ?, ?) on conflict (code) do nothing")
                .params(regionId, code, name).update();
        return jdbc.sql("select id, region_id, code, name from idn_department where code = ?")
                .param(code).query(Department.class).single();
    }
}
