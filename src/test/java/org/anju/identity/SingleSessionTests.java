package org.anju.identity;

import jakarta.servlet.http.Cookie;
import org.anju.Fixtures;
import org.anju.identity.AnjuUser.Binding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With anju.security.single-session on, a second login ends the account's first session. A
 * context of its own (no demo data, its own embedded database folder), closed after the class.
 */
@SpringBootTest(properties = {"anju.security.single-session=true",
        "anju.data-dir=${java.io.tmpdir}/anju-single-session-data"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class SingleSessionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondLoginEndsTheFirstSession() throws Exception {
        String username = Fixtures.unique("dept-");
        long department = jdbc.sql("insert into idn_department (region_id, code, name) values (1, ?, '城管局') returning id")
                .param(Fixtures.unique("d")).query(Long.class).single();
        accounts.create(new Accounts.NewAccount(username, Fixtures.PASSWORD, username, Role.DEPARTMENT,
                new Binding(null, null, null, department, null)));

        Cookie first = SignIn.form(mvc, username, Fixtures.PASSWORD);
        mvc.perform(get("/account/logins").cookie(first)).andExpect(status().isOk());
        Cookie second = SignIn.form(mvc, username, Fixtures.PASSWORD);

        mvc.perform(get("/account/logins").cookie(second)).andExpect(status().isOk());
        mvc.perform(get("/account/logins").cookie(first)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/account/logins").cookie(first)).andExpect(status().is3xxRedirection());
    }
}
