package org.anju.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.anju.governance.ApplicantKind;
import org.anju.governance.AssemblySeeds;
import org.anju.governance.AssemblySeeds.Seed;
import org.anju.governance.AssemblyStage;
import org.anju.governance.CommitteeView.Member;
import org.anju.governance.MemberRole;
import org.anju.governance.MemberStatus;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.anju.region.RegisterGenerator.Township;
import org.springframework.stereotype.Component;

/**
 * First owners' assemblies in 台前县 at every stage, for 城关镇 (all eight) and 侯庙镇 (the first five): due by
 * area, due by the preliminary contract, not due, applied, applied with no group after 30 days (overdue), group
 * formed with the meeting set and proposals posted, group with no assembly after 60 days (overdue), and held
 * with the committee still to be recorded. Also one interim committee overdue for dissolution and training
 * records and decisions of the filed committees. Dates count from today; estates are the first new ones
 * without a committee.
 */
@Component
class SampleAssemblies {

    private final AssemblySeeds seeds;

    SampleAssemblies(AssemblySeeds seeds) {
        this.seeds = seeds;
    }

    void register(County county) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<Seed> list = new ArrayList<>();
        List<Long> rolls = new ArrayList<>();
        for (int t = 0; t < Math.min(2, county.townships().size()); t++) {
            Township township = county.townships().get(t);
            List<Long> fresh = seeds.withoutCommittee(estates(township).stream().filter(e -> !e.legacy())
                    .map(Estate::id).toList());
            int stages = t == 0 ? 8 : 5;
            for (int i = 0; i < Math.min(stages, fresh.size()); i++) {
                list.add(stage(i, fresh.get(i), today));
            }
            if (t == 0 && fresh.size() > 5) {
                rolls.add(fresh.get(4));
                rolls.add(fresh.get(5));
            }
        }
        seeds.seed(list);
        // the developer's owner roll: one overdue (condition met 80 days ago), one delivered
        if (rolls.size() == 2) {
            seeds.rollHandover(rolls.get(0), today.minusDays(80), null);
            seeds.rollHandover(rolls.get(1), today.minusDays(70), today.minusDays(30));
        }
        List<Long> all = county.townships().stream().flatMap(t -> estates(t).stream()).map(Estate::id).toList();
        seeds.overdueDissolution(estates(county.townships().get(0)).stream().map(Estate::id).toList(), today,
                owners(today.minusDays(60)));
        seeds.trainings(all, today);
    }

    private static Seed stage(int i, long estate, LocalDate today) {
        return switch (i) {
            case 0 -> new Seed(estate, 0.62, 0.41, null, AssemblyStage.DUE, null, null, null, null, null);
            case 1 -> new Seed(estate, 0.35, 0.22, today.plusDays(60), AssemblyStage.DUE, null, null, null, null, null);
            case 2 -> new Seed(estate, 0.18, 0.09, today.plusYears(2), AssemblyStage.NOT_DUE, null, null, null, null, null);
            case 3 -> new Seed(estate, 0.71, 0.55, null, AssemblyStage.APPLIED, ApplicantKind.OWNERS,
                    today.minusDays(12), null, null, null);
            case 4 -> new Seed(estate, 0.66, 0.38, null, AssemblyStage.APPLIED, ApplicantKind.DEVELOPER,
                    today.minusDays(45), null, null, null);
            case 5 -> new Seed(estate, 0.80, 0.61, null, AssemblyStage.GROUP_FORMED, ApplicantKind.DEVELOPER,
                    today.minusDays(40), today.minusDays(20), today.plusDays(30), null);
            case 6 -> new Seed(estate, 0.75, 0.52, null, AssemblyStage.GROUP_FORMED, ApplicantKind.OWNERS,
                    today.minusDays(95), today.minusDays(72), null, null);
            default -> new Seed(estate, 0.90, 0.78, null, AssemblyStage.HELD, ApplicantKind.DEVELOPER,
                    today.minusDays(120), today.minusDays(100), today.minusDays(50), today.minusDays(50));
        };
    }

    private static List<Estate> estates(Township township) {
        return township.communities().stream().flatMap(c -> c.estates().stream()).toList();
    }

    private static List<Member> owners(LocalDate formed) {
        String[] names = {"孙建国", "马秀英", "胡志强", "朱丽华", "林海", "何静", "郭明"};
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            MemberRole role = i == 0 ? MemberRole.CHAIR : i == 1 ? MemberRole.VICE_CHAIR : MemberRole.MEMBER;
            members.add(new Member(0, names[i], null, role, i < 2, false, true, formed, formed.plusYears(5),
                    MemberStatus.ACTIVE));
        }
        return members;
    }
}
