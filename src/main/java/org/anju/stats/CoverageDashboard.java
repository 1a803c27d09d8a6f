package org.anju.stats;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.anju.region.Register;
import org.anju.region.RegisterView.EstateGroup;
import org.anju.region.RegisterView.EstateGrouping;
import org.anju.region.RegisterView.RegionOption;
import org.anju.stats.internal.TargetStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage dashboard: the caller's estates per township (or per community, or one by one), each
 * group counted in one query with the three conditions owned by the governance, market and party
 * modules ({@link CommitteeCoverage#filedCondition}, {@link ServiceCoverage#coveredCondition},
 * {@link PartyCoverage#coveredCondition}), so a province costs one grouped pass, not a walk through its
 * estates. Only region-bound roles with register access (county, township, community) may see it; any
 * other caller gets 403, because an estate-bound view (company, owner) would give rates of a
 * meaningless sample.
 */
@Service
@Transactional(readOnly = true)
public class CoverageDashboard {

    /** The three conditions now, in the order of {@link CoverageRate}: as cheap as a hand-written aggregate. */
    static final List<String> CONDITIONS = List.of(
            CommitteeCoverage.filedCondition(Register.ESTATE_ID),
            ServiceCoverage.coveredCondition(Register.ESTATE_ID),
            PartyCoverage.coveredCondition(Register.ESTATE_ID));

    /** The three conditions on a date (the trend), from each module's history. */
    static final List<String> DATED_CONDITIONS = List.of(
            CommitteeCoverage.filedCondition(Register.ESTATE_ID, Register.AS_OF),
            ServiceCoverage.coveredCondition(Register.ESTATE_ID, Register.AS_OF),
            PartyCoverage.coveredCondition(Register.ESTATE_ID, Register.AS_OF));

    /** Longest trend the page or the API may ask for. */
    public static final int MAX_MONTHS = 36;

    private final Register register;
    private final Jurisdictions jurisdictions;
    private final TargetStore targets;
    private final AuditLog audit;
    private final Clock clock;

    CoverageDashboard(Register register, Jurisdictions jurisdictions, TargetStore targets, AuditLog audit,
                      Clock clock) {
        this.register = register;
        this.jurisdictions = jurisdictions;
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
    }

    /** The total and each township of the caller's jurisdiction; a township filter outside it is 404. */
    public Coverage coverage(Long townshipId) {
        Jurisdiction j = allowed();
        var yearTargets = targets.targets();
        List<EstateGroup> groups = register.estateCounts(EstateGrouping.TOWNSHIP, townshipId, null, today(),
                CONDITIONS);
        if (townshipId != null && groups.isEmpty()) {
            requireTownship(townshipId);
        }
        List<Coverage.Row> rows = groups.stream().map(g -> row(g, yearTargets)).toList();
        return new Coverage(total(j.label(), rows, yearTargets), rows, yearTargets);
    }

    /**
     * One level of the drill-down: the county's townships (no filter), a township's communities, or a
     * community's estates (the community wins when both are given). Outside the jurisdiction 404.
     */
    public CoverageDrill drill(Long townshipId, Long communityId) {
        Jurisdiction j = allowed();
        var yearTargets = targets.targets();
        LocalDate today = today();
        if (communityId != null) {
            List<EstateGroup> community = register.estateCounts(EstateGrouping.COMMUNITY, null, communityId, today,
                    CONDITIONS);
            RegionOption option = community.isEmpty() ? requireCommunity(communityId) : null;
            String name = option != null ? option.name() : community.get(0).name();
            Long township = option != null ? option.parentId() : community.get(0).parentId();
            String townshipName = option != null ? townshipName(township) : community.get(0).parentName();
            List<Coverage.EstateRow> estates = register.estateCounts(EstateGrouping.ESTATE, null, communityId, today,
                    CONDITIONS).stream().map(CoverageDashboard::estateRow).toList();
            Coverage.Row total = community.isEmpty() ? Coverage.Row.of(communityId, name, 0, 0, 0, 0, yearTargets)
                    : row(community.get(0), yearTargets);
            return new CoverageDrill(CoverageDrill.Level.COMMUNITY, total, List.of(), estates, township, townshipName,
                    communityId, name, yearTargets);
        }
        if (townshipId != null) {
            List<EstateGroup> groups = register.estateCounts(EstateGrouping.COMMUNITY, townshipId, null, today,
                    CONDITIONS);
            String name = groups.isEmpty() ? requireTownship(townshipId) : groups.get(0).parentName();
            List<Coverage.Row> rows = groups.stream().map(g -> row(g, yearTargets)).toList();
            Coverage.Row sum = total(name, rows, yearTargets);
            Coverage.Row total = Coverage.Row.of(townshipId, name, sum.estates(), sum.withCommittee(), sum.withService(),
                    sum.withParty(), yearTargets);
            return new CoverageDrill(CoverageDrill.Level.TOWNSHIP, total, rows, null, townshipId, name, null, null,
                    yearTargets);
        }
        Coverage county = coverage(null);
        return new CoverageDrill(CoverageDrill.Level.COUNTY, county.total(), county.townships(), null, null, null, null,
                null, yearTargets);
    }

    /**
     * The three rates at the end of each of the last {@code months} months, the current month ending today,
     * from the histories (committees filed and dissolved, service-mode periods, branches' founding dates),
     * over the estates registered today.
     */
    public List<Coverage.Point> trend(Long townshipId, Long communityId, int months) {
        allowed();
        if (months < 1 || months > MAX_MONTHS) {
            throw InvalidRequestException.field("months", "stats.error.months", MAX_MONTHS);
        }
        if (communityId != null) {
            requireCommunity(communityId);
        } else if (townshipId != null) {
            requireTownship(townshipId);
        }
        LocalDate today = today();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = months - 1; i >= 1; i--) {
            dates.add(YearMonth.from(today).minusMonths(i).atEndOfMonth());
        }
        dates.add(today);
        return register.estateCountsOn(townshipId, communityId, dates, DATED_CONDITIONS).stream()
                .map(c -> Coverage.Point.of(c.asOf(), c.estates(), c.met().get(0), c.met().get(1), c.met().get(2)))
                .toList();
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
    private String requireTownship(long townshipId) {
        return register.regionOptions(null).stream().filter(o -> o.id() == townshipId).findFirst()
                .map(o -> o.name()).orElseThrow(() -> new NotFoundException("township", townshipId));
    }

    /** A community without estates: 404 unless it is one of the caller's communities. */
    private RegionOption requireCommunity(long communityId) {
        return register.communityOptions().stream().filter(o -> o.id() == communityId).findFirst()
                .orElseThrow(() -> new NotFoundException("community", communityId));
    }

    private String townshipName(Long townshipId) {
        return townshipId == null ? null : register.regionOptions(null).stream().filter(o -> o.id() == townshipId)
                .findFirst().map(RegionOption::name).orElse(null);
    }

    private static Coverage.EstateRow estateRow(EstateGroup g) {
        return new Coverage.EstateRow(g.id(), g.name(), g.parentName(), g.met().get(0) > 0, g.met().get(1) > 0,
                g.met().get(2) > 0);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Coverage.Row row(EstateGroup g, Map<Integer, Map<CoverageRate, BigDecimal>> targets) {
        return Coverage.Row.of(g.id(), g.name(), g.estates(), g.met().get(0), g.met().get(1), g.met().get(2), targets);
    }

    private static Coverage.Row total(String name, List<Coverage.Row> rows,
                                      Map<Integer, Map<CoverageRate, BigDecimal>> targets) {
        return Coverage.Row.of(null, name, rows.stream().mapToLong(Coverage.Row::estates).sum(),
                rows.stream().mapToLong(Coverage.Row::withCommittee).sum(),
                rows.stream().mapToLong(Coverage.Row::withService).sum(),
                rows.stream().mapToLong(Coverage.Row::withParty).sum(), targets);
    }
}
