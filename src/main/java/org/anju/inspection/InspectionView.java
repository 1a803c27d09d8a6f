package org.anju.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the inspection API returns. */
public final class InspectionView {

    private InspectionView() {
    }

    /** An item of the inspection matter list (抽查事项清单) with its legal basis and checklist. */
    public record Matter(long id, String code, String name, String basis, List<String> checklist, boolean active) {
    }

    /** A target of the directory (检查对象名录库): a company's project at an estate. */
    public record Target(long id, long projectId, long companyId, String companyName, long estateId,
                         String estateName, boolean active) {
    }

    /** A conflict of interest: the inspector is never drawn for the company. */
    public record Conflict(long companyId, String reason) {
    }

    /** An inspector of the directory (执法检查人员名录库); {@code username} is the account that records findings. */
    public record Inspector(long id, String name, String unit, String username, boolean active,
                            List<Conflict> conflicts) {
    }

    /** A target as the draw saw it, with its weight and why. */
    public record DrawTarget(long id, long companyId, String companyName, String estateName, String grade,
                             long complaints, int weight) {
    }

    /** An inspector as the draw saw them: name and unit (public officials), conflicted companies by id. */
    public record DrawInspector(long id, String name, String unit, List<Long> conflicts) {
    }

    /**
     * Everything needed to re-run the draw: published with the seed's hash when the plan is committed, with the seed
     * itself and the result after the draw ({@link InspectionDraw}). {@code withdrawnTargets} and
     * {@code withdrawnInspectors} are the ids of frozen entries the county deactivated before the draw: the draw ran
     * without them (empty before the draw and when none was).
     */
    public record PublishedDraw(long planId, String seedHash, String seed, int count, int perTarget,
                                DrawWeights weights, List<DrawTarget> targets, List<DrawInspector> inspectors,
                                List<Long> withdrawnTargets, List<Long> withdrawnInspectors,
                                List<InspectionDraw.Pick> result) {
    }

    /** A sampling plan; {@code seed} is null until the draw. */
    public record Plan(long id, String title, long matterId, String matterName, int sharePercent, int perTarget,
                       LocalDate startsOn, LocalDate endsOn, String status, String seedHash, String seed,
                       Instant committedAt, Instant drawnAt) {
    }

    /** A plan with its published draw and its inspections. */
    public record PlanDetail(Plan plan, PublishedDraw draw, List<Inspection> inspections) {
    }

    /** One drawn inspection; {@code publishOverdue} when finished and not published by its due day. */
    public record Inspection(long id, long planId, String planTitle, int drawOrder, long companyId,
                             String companyName, long projectId, long estateId, String estateName,
                             InspectionStatus status, LocalDate finishedOn, LocalDate publishDue,
                             LocalDate publishedOn, boolean publishOverdue, List<String> inspectors) {
    }

    /** A checklist item recorded on site. */
    public record Finding(long id, String item, boolean passed, Severity severity, HazardKind hazardKind,
                          String description, LocalDate rectifyBy, BigDecimal latitude, BigDecimal longitude,
                          Instant recordedAt, List<Long> photoIds) {
    }

    /** An inspection with its checklist and findings; {@code mayRecord} when the caller is one of its inspectors. */
    public record InspectionDetail(Inspection inspection, String matterName, List<String> checklist,
                                   List<Finding> findings, boolean mayRecord) {
    }

    /** A published inspection as the public sees it (findings only once published). */
    public record PublicInspection(Inspection inspection, List<Finding> findings) {
    }

    /** The public page of a plan: inputs, seed hash, revealed seed, result, published findings. */
    public record PublicPlan(Plan plan, PublishedDraw draw, List<PublicInspection> inspections) {
    }

    /** A hazard of the register (plan §21); {@code overdue} when not closed past its deadline. */
    public record Hazard(long id, HazardKind kind, String source, long sourceRef, long estateId, String estateName,
                         Long companyId, String description, LocalDate foundOn, LocalDate rectifyBy,
                         HazardStatus status, LocalDate closedOn, boolean overdue, List<Check> checks) {
    }

    /** A rectification report or re-check of a hazard. */
    public record Check(String kind, LocalDate onDay, Boolean passed, String note, String by) {
    }
}
