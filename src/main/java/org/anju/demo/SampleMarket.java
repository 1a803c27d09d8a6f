package org.anju.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.anju.market.Companies;
import org.anju.region.RegisterGenerator;
import org.anju.region.RegisterGenerator.Community;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.anju.region.RegisterGenerator.Township;
import org.springframework.stereotype.Component;

/**
 * Property companies of each county and their projects on about 70 % of the estates (fewer
 * among old ones). The county's investment group's service company (plan §19) takes many old estates.
 */
@Component
class SampleMarket {

    /** 台前县's companies; other counties get the same kinds under their own name. */
    static final List<String> TAIQIAN_COMPANIES = List.of("台前县投资集团综合劳务服务有限公司", "台前县安泰物业服务有限公司",
            "台前县金堤物业服务有限公司", "濮阳市嘉和物业管理有限公司", "台前县宜居物业服务有限公司", "濮阳市恒信物业服务有限公司",
            "台前县鑫源物业管理有限公司", "河南建业物业管理有限公司台前分公司");
    private static final long CODE_NUMBERS = 90_000_000L;

    /** A county's companies and, for each estate with a project, the company serving it. */
    record Market(List<Long> companies, List<String> names, List<Companies.NewProject> projects) {

        String nameOf(long companyId) {
            return names.get(companies.indexOf(companyId));
        }

        Long companyOf(long estateId) {
            return projects.stream().filter(p -> p.estateId() == estateId).map(Companies.NewProject::companyId)
                    .findFirst().orElse(null);
        }
    }

    private final Companies companies;

    SampleMarket(Companies companies) {
        this.companies = companies;
    }

    Market register(County county, int countyIndex, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 7_919L + countyIndex);
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < TAIQIAN_COMPANIES.size(); c++) {
            String name = TAIQIAN_COMPANIES.get(c).replace("台前县", county.name());
            String code = RegisterGenerator.sampleCreditCode(CODE_NUMBERS + countyIndex * 100L + c, county.code(), seed);
            names.add(name);
            ids.add(companies.register(name, code, "0393-%07d".formatted(2_000_000 + random.nextInt(8_000_000))));
        }
        List<Companies.NewProject> projects = new ArrayList<>();
        for (Township t : county.townships()) {
            for (Community c : t.communities()) {
                for (Estate e : c.estates()) {
                    if (random.nextDouble() < (e.legacy() ? 0.45 : 0.85)) {
                        int company = e.legacy() && random.nextBoolean() ? 0 : 1 + random.nextInt(ids.size() - 1);
                        int year = Math.min(2025, Math.max(e.builtYear(), 2012) + random.nextInt(4));
                        projects.add(new Companies.NewProject(ids.get(company), e.id(),
                                LocalDate.of(year, 1 + random.nextInt(12), 1)));
                    }
                }
            }
        }
        companies.startProjects(projects);
        return new Market(ids, names, projects);
    }
}
