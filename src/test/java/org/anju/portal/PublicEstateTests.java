package org.anju.portal;

import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The estate search and the estate's public page, the front page, and the public lists the portal links to:
 * committees only once filed, fund uses only once approved or completed.
 */
class PublicEstateTests extends IntegrationTest {

    @Test
    void anEstateFoundByNameShowsWhatIsPublicAboutIt() throws Exception {
        long estate = jdbc.sql("""
                select g.estate_id from gov_committee g join dsc_board b on b.estate_id = g.estate_id
                where g.status = 'FILED' order by g.estate_id limit 1""").query(Long.class).single();
        String name = jdbc.sql("select name from reg_estate where id = ?").param(estate).query(String.class).single();
        mvc.perform(get("/public/estates").param("q", name)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/public/estates/" + estate + "\"")));
        mvc.perform(get("/public/estates/" + estate)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("/public/estates/" + estate + "/disclosure")))
                .andExpect(content().string(containsString("/public/complaints/new?estateId=" + estate)))
                .andExpect(content().string(containsString("任期")));
        mvc.perform(get("/public/estates/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/public/estates").param("q", "没有这个名字的小区")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/public/estates/"))));
    }

    @Test
    void theFrontPageLinksEverySectionAndThe2022PlanIsAPublishedPolicy() throws Exception {
        mvc.perform(get("/public/notices").param("category", "POLICY").param("q", "三年行动方案"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("台前县县城区物业提升工作三年行动方案")));
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("portal-policies")))
                .andExpect(content().string(containsString("/public/notices/")))
                .andExpect(content().string(containsString("/public/fund/usages")))
                .andExpect(content().string(containsString("/public/committees")))
                .andExpect(content().string(containsString("/public/ratings")))
                .andExpect(content().string(containsString("/public/honor-roll")))
                .andExpect(content().string(containsString("/public/inspections")))
                .andExpect(content().string(containsString("/public/complaints/new")))
                .andExpect(content().string(not(containsString("尚无公开内容"))));
    }

    @Test
    void onlyFiledCommitteesAndAnnouncedFundUsesArePublic() throws Exception {
        String filed = jdbc.sql("""
                select e.name from gov_committee g join reg_estate e on e.id = g.estate_id
                where g.status = 'FILED' order by g.id limit 1""").query(String.class).single();
        mvc.perform(get("/public/committees").param("estate", filed)).andExpect(status().isOk())
                .andExpect(content().string(containsString(filed)));
        var draft = jdbc.sql("""
                select e.name from gov_committee g join reg_estate e on e.id = g.estate_id
                where g.status in ('DRAFT', 'SUBMITTED', 'RETURNED')
                  and not exists (select 1 from gov_committee f where f.estate_id = g.estate_id and f.status = 'FILED')
                order by g.id limit 1""").query(String.class).optional();
        if (draft.isPresent()) {
            mvc.perform(get("/public/committees").param("estate", draft.get()))
                    .andExpect(content().string(not(containsString("/public/estates/"))));
        }
        for (var u : jdbc.sql("select estate_id, title, status from fnd_usage order by id limit 30").query((rs, n) ->
                new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list()) {
            boolean announced = u[2].equals("APPROVED") || u[2].equals("COMPLETED");
            boolean sameTitleAnnounced = jdbc.sql("select count(*) from fnd_usage where estate_id = ? and title = ?"
                    + " and status in ('APPROVED', 'COMPLETED')").params(u[0], u[1]).query(Long.class).single() > 0;
            if (announced || !sameTitleAnnounced) {
                expect("/public/fund/usages?estateId=" + u[0], (String) u[1], announced);
            }
        }
    }

    private void expect(String url, String text, boolean shown) {
        try {
            String body = mvc.perform(get(url)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            org.assertj.core.api.Assertions.assertThat(body.contains(text)).as(url + " shows " + text).isEqualTo(shown);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
