package org.anju.tender.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.anju.market.Projects;
import org.anju.tender.TenderAwarded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An award is a preliminary project (前期物业服务): the winner serves the estate from the day of the award at the
 * bid price, in the award's own transaction, so an award the market refuses (a barred company, a project already
 * serving the estate) is not recorded either and the county sees why.
 */
@Component
class AwardStartsProject {

    private final Projects projects;

    AwardStartsProject(Projects projects) {
        this.projects = projects;
    }

    @EventListener
    void on(TenderAwarded award) {
        LocalDate from = LocalDate.ofInstant(award.awardedAt(), ZoneId.of("Asia/Shanghai"));
        projects.create(new Projects.NewProject(award.companyId(), award.estateId(), null, from, null, null, null,
                null, List.of(new Projects.Fee("物业服务费", award.price(), "前期物业招标中标价 (招标 " + award.tenderId() + ")"))));
    }
}
