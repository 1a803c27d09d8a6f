package org.anju.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.anju.party.PartyOrganization.HostKind;
import org.anju.party.PartyOrganization.Kind;
import org.anju.party.PartyOrganization.New;
import org.anju.party.PartyOrganizations;
import org.anju.region.RegisterGenerator.Community;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.anju.region.RegisterGenerator.Township;
import org.springframework.stereotype.Component;

/**
 * Party branches (plan §7): most estates of the county seat are covered, other townships less and
 * unevenly (every third ahead of the 90 % target, the rest behind). Large estates get grid branches;
 * small adjacent ones share a branch (集中连片).
 */
@Component
class SampleParty {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"建国", "秀英", "志强", "桂兰", "海涛", "丽娟", "国庆", "红梅"};
    private static final int LARGE = 400;
    private static final int SMALL = 120;

    private final PartyOrganizations organizations;

    SampleParty(PartyOrganizations organizations) {
        this.organizations = organizations;
    }

    void record(County county, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 37L + county.id());
        List<New> branches = new ArrayList<>();
        for (int t = 0; t < county.townships().size(); t++) {
            Township township = county.townships().get(t);
            double share = t == 0 ? 0.96 : t % 3 == 0 ? 0.93 : 0.55 + 0.05 * (t % 4);
            for (Community c : township.communities()) {
                List<Long> group = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (Estate e : c.estates()) {
                    if (random.nextDouble() >= share) {
                        continue;
                    }
                    if (e.houses() >= LARGE) {
                        for (int g = 1; g <= 2; g++) {
                            branches.add(branch(random, Kind.GRID_BRANCH, e.name() + "第" + g + "网格党支部", c, List.of(e.id())));
                        }
                    } else if (e.houses() < SMALL) {
                        group.add(e.id());
                        names.add(e.name());
                        if (group.size() == 3) {
                            branches.add(branch(random, Kind.BRANCH, names.get(0) + "等小区联合党支部", c, group));
                            group = new ArrayList<>();
                            names = new ArrayList<>();
                        }
                    } else {
                        branches.add(branch(random, Kind.BRANCH, e.name() + "党支部", c, List.of(e.id())));
                    }
                }
                if (!group.isEmpty()) {
                    branches.add(branch(random, Kind.BRANCH, names.get(0) + (group.size() > 1 ? "等小区联合党支部" : "党支部"),
                            c, group));
                }
            }
        }
        organizations.load(branches);
    }

    private static New branch(SplittableRandom random, Kind kind, String name, Community c, List<Long> estates) {
        String secretary = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        LocalDate founded = LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1);
        return new New(kind, name, c.id(), HostKind.ESTATE, estates.get(0), secretary, 3 + random.nextInt(40), founded,
                List.copyOf(estates));
    }
}
