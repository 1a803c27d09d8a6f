package org.anju.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anju.governance.CommitteeCoverage;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.market.ServiceCoverage;
import org.anju.party.PartyCoverage;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.anju.region.RegisterView.Estate;
import org.anju.stats.internal.TargetStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage dashboard: counts the caller's estates per township and, from the three coverage
 * APIs, those with a filed committee, a service mode and a Party branch. Only region-bound roles with
 * register access (county, township, community) may see it; any other caller gets 403, because an
 * estate-bound view (company, owner) would give rates of a meaningless sample.
 */
@Service
@Transactional(readOnly = true)
public class CoverageDashboard {

    private static final PageRequest BATCH = new PageRequest(0, PageRequest.MAX_SIZE);

    private final Register register;
    private final Jurisdictions jurisdictions;
    private final CommitteeCoverage committees;
    private final ServiceCoverage services;
    private final PartyCoverage party;
    private final TargetStore targets;
    private final AuditLog audit;

    CoverageDashboard(Register register, Jurisdictions jurisdictions, CommitteeCoverage committees,
                      ServiceCoverage services, PartyCoverage party, TargetStore targets, AuditLog audit) {
        this.register = register;
        this.jurisdictions = jurisdictions;
        this.committees = committees;
        this.services = services;
        this.party = party;
        this.targets = targets;
        this.audit = audit;
    }

    /** The total and each township of the caller's jurisdiction; a township filter outside it is 404. */
    public Coverage coverage(Long townshipId) {
        Jurisdiction j = allowed();
        var yearTargets = targets.targets();
        Set<Long> committee = committees.estatesWithFiledCommittee(j);
        Set<Long> service = services.coveredEstates(j);
        Set<Long> covered = party.coveredEstates(j);
        Map<Long, List<Estate>> byTownship = new LinkedHashMap<>();
        estates(townshipId).forEach(e -> byTownship.computeIfAbsent(e.townshipId(), k -> new ArrayList<>()).add(e));
        if (townshipId != null && byTownship.isEmpty()) {
            requireTownship(townshipId);
        }
        List<Coverage.Row> rows = new ArrayList<>();
        long[] sum = new long[4];
        byTownship.forEach((id, list) -> {
            long c = count(list, committee), s = count(list, service), p = count(list, covered);
            sum[0] += list.size();
            sum[1] += c;
            sum[2] += s;
            sum[3] += p;
            rows.add(Coverage.Row.of(id, list.get(0).townshipName(), list.size(), c, s, p, yearTargets));
        });
        // The county's own order of townships, as the home page shows them.
        List<Long> order = register.townshipCounts().stream().map(t -> t.townshipId()).toList();
        rows.sort(java.util.Comparator.comparingInt(r -> order.indexOf(r.id())));
        Coverage.Row total = Coverage.Row.of(null, j.label(), sum[0], sum[1], sum[2], sum[3], yearTargets);
        return new Coverage(total, rows, yearTargets);
    }

    /** The drill-down of one township: each estate, covered or not by each of the three. */
    public List<Coverage.EstateRow> estatesOf(long townshipId) {
        Jurisdiction j = allowed();
        List<Estate> list = estates(townshipId);
        if (list.isEmpty()) {
            requireTownship(townshipId);
        }
        Set<Long> committee = committees.estatesWithFiledCommittee(j);
        Set<Long> service = services.coveredEstates(j);
        Set<Long> covered = party.coveredEstates(j);
        return list.stream().map(e -> new Coverage.EstateRow(e.id(), e.name(), e.communityName(),
                committee.contains(e.id()), service.contains(e.id()), covered.contains(e.id()))).toList();
    }

    public Map<Integer, Map<CoverageRate, BigDecimal>> targets() {
        return targets.targets();
    }

    /** Whether the caller may change the targets: the county authority only. */
    public static boolean canChangeTargets() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY).isPresent();
    }

    /** Changes one of the plan's targets (a decimal 0..1, at most 4 places): the county authority only, audited. */
    @Transactional
    public Map<Integer, Map<CoverageRate, BigDecimal>> changeTarget(Integer year, CoverageRate rate,
                                                                    BigDecimal target) {
        if (!canChangeTargets()) {
            throw new AccessDeniedException("COUNTY_AUTHORITY");
        }
        var before = targets.targets();
        if (year == null || rate == null || !before.containsKey(year)) {
            throw InvalidRequestException.field("year", "stats.error.target");
        }
        if (target == null || target.signum() < 0 || target.compareTo(BigDecimal.ONE) > 0 || target.scale() > 4) {
            throw InvalidRequestException.field("target", "stats.error.targetValue");
        }
        BigDecimal old = before.get(year).get(rate);
        if (!targets.update(year, rate, target)) {
            throw InvalidRequestException.field("year", "stats.error.target");
        }
        audit.record(new AuditEntry("UPDATE", "stats-target", year + "/" + rate, "修改" + year + "年目标 " + rate,
                Map.of("target", String.valueOf(old)), Map.of("target", target.setScale(4).toPlainString()), null));
        return targets.targets();
    }

    private Jurisdiction allowed() {
        Jurisdiction j = jurisdictions.current();
        if (j.scope() != Jurisdiction.Scope.REGION) {
            throw new AccessDeniedException("coverage dashboard");
        }
        return j;
    }

    /** A township without estates in the jurisdiction: 404 unless it is one of the caller's townships. */
    private void requireTownship(long townshipId) {
        boolean visible = register.regionOptions(null).stream().anyMatch(o -> o.id() == townshipId);
        if (!visible) {
            throw new NotFoundException("township", townshipId);
        }
    }

    private List<Estate> estates(Long townshipId) {
        RegisterFilter filter = new RegisterFilter(townshipId, null, null, null, null, null);
        List<Estate> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResult<Estate> result = register.estates(filter, new PageRequest(page, BATCH.size()));
            all.addAll(result.content());
            if (result.content().size() < BATCH.size()) {
                return all;
            }
        }
    }

    private static long count(List<Estate> estates, Set<Long> covered) {
        return estates.stream().filter(e -> covered.contains(e.id())).count();
    }
}
