package org.anju.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.SplittableRandom;
import org.anju.market.Companies;
import org.anju.market.ServiceMode;
import org.anju.market.ServiceModes;
import org.anju.market.ServiceModes.Initial;
import org.anju.region.RegisterGenerator.Community;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.anju.region.RegisterGenerator.Township;
import org.springframework.stereotype.Component;

/**
 * Service modes (plan §6, §20): every estate with a project is ENTERPRISE (some after a period of community
 * custody); old estates without one get a service station or community custody, more often in the county
 * seat; the rest manage themselves or have none, more of them outside 城关镇.
 */
@Component
class SampleServiceModes {

    private static final LocalDate CAMPAIGN = LocalDate.of(2023, 3, 1);

    private final ServiceModes modes;

    SampleServiceModes(ServiceModes modes) {
        this.modes = modes;
    }

    void record(County county, SampleMarket.Market market, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31L + county.id());
        List<Initial> periods = new ArrayList<>();
        Map<Long, Companies.NewProject> projects = new HashMap<>();
        market.projects().forEach(p -> projects.put(p.estateId(), p));
        for (int t = 0; t < county.townships().size(); t++) {
            Township township = county.townships().get(t);
            boolean seat = t == 0;
            for (Community c : township.communities()) {
                for (Estate e : c.estates()) {
                    Companies.NewProject project = projects.get(e.id());
                    if (project != null) {
                        LocalDate custody = LocalDate.of(Math.max(e.builtYear() + 1, 2005), 1, 1);
                        if (e.legacy() && project.from().isAfter(custody) && random.nextInt(3) == 0) {
                            periods.add(new Initial(e.id(), ServiceMode.COMMUNITY_CUSTODY, custody,
                                    project.from().minusDays(1), "引入物业前由社区托管"));
                        }
                        periods.add(new Initial(e.id(), ServiceMode.ENTERPRISE, project.from(), null, null));
                        continue;
                    }
                    double r = random.nextDouble();
                    ServiceMode mode = e.legacy()
                            ? (r < (seat ? 0.45 : 0.2) ? ServiceMode.SERVICE_STATION
                            : r < (seat ? 0.85 : 0.45) ? ServiceMode.COMMUNITY_CUSTODY : ServiceMode.NONE)
                            : (r < (seat ? 0.7 : 0.35) ? ServiceMode.SELF_MANAGED
                            : r < (seat ? 0.85 : 0.45) ? ServiceMode.SPECIALIZED : ServiceMode.NONE);
                    if (mode != ServiceMode.NONE) {
                        periods.add(new Initial(e.id(), mode, CAMPAIGN.plusDays(random.nextInt(600)), null, null));
                    }
                }
            }
        }
        modes.load(periods);
    }
}
