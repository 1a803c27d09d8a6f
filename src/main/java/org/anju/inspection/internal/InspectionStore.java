package org.anju.inspection.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.inspection.HazardKind;
import org.anju.inspection.InspectionStatus;
import org.anju.inspection.InspectionView.Conflict;
import org.anju.inspection.InspectionView.Finding;
import org.anju.inspection.InspectionView.Inspection;
import org.anju.inspection.InspectionView.Inspector;
import org.anju.inspection.InspectionView.Matter;
import org.anju.inspection.InspectionView.Plan;
import org.anju.inspection.InspectionView.Target;
import org.anju.inspection.Severity;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inspection module's SQL: directories, plans, inspections, findings and photos. */
@Repository
public class InspectionStore {

    /**
     * A plan row with its stored inputs, (secret until drawn) seed, and the frozen entries the draw found withdrawn
     * from the directories (ids).
     */
    public record PlanRow(Plan plan, String regionPath, String inputs, String seed, String result,
                          List<Long> withdrawnTargets, List<Long> withdrawnInspectors) {
    }

    /** An inspection row with the plan's region and its matter as committed (name and checklist). */
    public record InspectionRow(Inspection inspection, String regionPath, long matterId, String matterName,
                                List<String> checklist) {
    }

    /** A finding to store. */
    public record NewFinding(long inspectionId, String item, boolean passed, Severity severity, HazardKind hazardKind,
                             String description, LocalDate rectifyBy, BigDecimal latitude, BigDecimal longitude,
                             String by) {
    }

    private final JdbcClient jdbc;

    InspectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // matters

    public long addMatter(String path, String code, String name, String basis, String checklist) {
        return jdbc.sql("""
                        insert into ins_matter (region_path, code, name, basis, checklist) values (?, ?, ?, ?, ?)
                        on conflict (region_path, code) do update set name = excluded.name returning id""")
                .params(path, code, name, basis, checklist).query(Long.class).single();
    }

    public void updateMatter(long id, String name, String basis, String checklist) {
        jdbc.sql("update ins_matter set name = ?, basis = ?, checklist = ? where id = ?")
                .params(name, basis, checklist, id).update();
    }

    /** Activates or deactivates an entry of the matter list or a directory; false when it already was. */
    public boolean setActive(String table, long id, boolean active) {
        if (!List.of("ins_matter", "ins_target", "ins_inspector").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return jdbc.sql("update " + table + " set active = ? where id = ? and active <> ?").params(active, id, active)
                .update() == 1;
    }

    public Optional<Long> targetIn(String path, long id) {
        return jdbc.sql("select id from ins_target where region_path like ? and id = ?").params(path + "%", id)
                .query(Long.class).optional();
    }

    /** The ids of the given entries that are active now. */
    public java.util.Set<Long> activeIds(String table, java.util.Collection<Long> ids) {
        if (ids.isEmpty() || !List.of("ins_target", "ins_inspector").contains(table)) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select id from " + table + " where active and id in (:ids)")
                .param("ids", ids).query(Long.class).list());
    }

    public List<Matter> matters(String path) {
        return jdbc.sql("select * from ins_matter where region_path like ? order by code").param(path + "%")
                .query(InspectionStore::matter).list();
    }

    public Optional<Matter> matter(String path, long id) {
        return jdbc.sql("select * from ins_matter where region_path like ? and id = ?").params(path + "%", id)
                .query(InspectionStore::matter).optional();
    }

    private static Matter matter(ResultSet rs, int n) throws SQLException {
        return new Matter(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("basis"),
                lines(rs.getString("checklist")), rs.getBoolean("active"));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    // targets

    public long addTarget(String path, long projectId, long companyId, String companyName, long estateId,
                          String estateName, String estatePath) {
        return jdbc.sql("""
                        insert into ins_target (region_path, project_id, company_id, company_name, estate_id,
                            estate_name, estate_path) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (region_path, project_id) do update set active = true returning id""")
                .params(path, projectId, companyId, companyName, estateId, estateName, estatePath)
                .query(Long.class).single();
    }

    public List<Target> targets(String path, boolean activeOnly) {
        return jdbc.sql("select * from ins_target where region_path like ? and (active or not ?) order by id")
                .params(path + "%", activeOnly).query((rs, n) -> new Target(rs.getLong("id"), rs.getLong("project_id"),
                        rs.getLong("company_id"), rs.getString("company_name"), rs.getLong("estate_id"),
                        rs.getString("estate_name"), rs.getBoolean("active"))).list();
    }

    /** A target's estate path (for the inspection's region). */
    public String targetEstatePath(long targetId) {
        return jdbc.sql("select estate_path from ins_target where id = ?").param(targetId).query(String.class).single();
    }

    // inspectors

    public long addInspector(String path, String name, String unit, String username) {
        return jdbc.sql("insert into ins_inspector (region_path, name, unit, username) values (?, ?, ?, ?) returning id")
                .params(path, name, unit, username).query(Long.class).single();
    }

    public void addConflict(long inspectorId, long companyId, String reason) {
        jdbc.sql("""
                        insert into ins_conflict (inspector_id, company_id, reason) values (?, ?, ?)
                        on conflict (inspector_id, company_id) do update set reason = excluded.reason""")
                .params(inspectorId, companyId, reason).update();
    }

    public List<Inspector> inspectors(String path, boolean activeOnly) {
        Map<Long, List<Conflict>> conflicts = new HashMap<>();
        jdbc.sql("""
                        select c.* from ins_conflict c join ins_inspector i on i.id = c.inspector_id
                        where i.region_path like ? order by c.company_id""").param(path + "%")
                .query((rs, n) -> conflicts.computeIfAbsent(rs.getLong("inspector_id"), k -> new java.util.ArrayList<>())
                        .add(new Conflict(rs.getLong("company_id"), rs.getString("reason")))).list();
        return jdbc.sql("select * from ins_inspector where region_path like ? and (active or not ?) order by id")
                .params(path + "%", activeOnly).query((rs, n) -> new Inspector(rs.getLong("id"), rs.getString("name"),
                        rs.getString("unit"), rs.getString("username"), rs.getBoolean("active"),
                        conflicts.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    public Optional<Long> inspectorIn(String path, long id) {
        return jdbc.sql("select id from ins_inspector where region_path like ? and id = ?").params(path + "%", id)
                .query(Long.class).optional();
    }

    // plans

    public long insertPlan(String path, String title, Matter matter, int share, int perTarget, LocalDate startsOn,
                           LocalDate endsOn, String inputs, String seed, String seedHash, String by) {
        return jdbc.sql("""
                        insert into ins_plan (region_path, title, matter_id, matter_name, matter_checklist, share_pct,
                            per_target, starts_on, ends_on, inputs, seed, seed_hash, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(path, title, matter.id(), matter.name(), String.join("\n", matter.checklist()), share,
                        perTarget, startsOn, endsOn, inputs, seed, seedHash, by)
                .query(Long.class).single();
    }

    private static final String PLAN = "select p.* from ins_plan p";

    /** Plans whose region contains the caller's, or lies inside it. */
    public List<PlanRow> plans(String callerPath, PageRequest page) {
        return jdbc.sql(PLAN + """
                         where (p.region_path like :path or :caller like p.region_path || '%')
                        order by p.committed_at desc, p.id desc limit :limit offset :offset""")
                .param("path", callerPath + "%").param("caller", callerPath).param("limit", page.size())
                .param("offset", page.offset()).query(InspectionStore::plan).list();
    }

    public long countPlans(String callerPath) {
        return jdbc.sql("select count(*) from ins_plan p where (p.region_path like :path or :caller like p.region_path || '%')")
                .param("path", callerPath + "%").param("caller", callerPath).query(Long.class).single();
    }

    public Optional<PlanRow> plan(long id) {
        return jdbc.sql(PLAN + " where p.id = ?").param(id).query(InspectionStore::plan).optional();
    }

    /** Every plan (committed or drawn), newest first, for the public list. */
    public List<PlanRow> drawnPlans(PageRequest page) {
        return jdbc.sql(PLAN + " order by p.committed_at desc, p.id desc limit ? offset ?")
                .params(page.size(), page.offset()).query(InspectionStore::plan).list();
    }

    public long countAllPlans() {
        return jdbc.sql("select count(*) from ins_plan").query(Long.class).single();
    }

    /** Marks a committed plan drawn; false when it was drawn already (a concurrent draw). */
    public boolean markDrawn(long id, String result, List<Long> withdrawnTargets, List<Long> withdrawnInspectors) {
        return jdbc.sql("""
                        update ins_plan set status = 'DRAWN', drawn_at = now(), result = ?, withdrawn_targets = ?,
                        withdrawn_inspectors = ? where id = ? and status = 'COMMITTED'""")
                .params(result, ids(withdrawnTargets), ids(withdrawnInspectors), id).update() == 1;
    }

    private static String ids(List<Long> ids) {
        return String.join(",", ids.stream().sorted().map(String::valueOf).toList());
    }

    private static List<Long> ids(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    private static PlanRow plan(ResultSet rs, int n) throws SQLException {
        boolean drawn = "DRAWN".equals(rs.getString("status"));
        Plan p = new Plan(rs.getLong("id"), rs.getString("title"), rs.getLong("matter_id"), rs.getString("matter_name"),
                rs.getInt("share_pct"), rs.getInt("per_target"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("status"), rs.getString("seed_hash"),
                drawn ? rs.getString("seed") : null, instant(rs, "committed_at"), instant(rs, "drawn_at"));
        return new PlanRow(p, rs.getString("region_path"), rs.getString("inputs"), rs.getString("seed"),
                rs.getString("result"), ids(rs.getString("withdrawn_targets")), ids(rs.getString("withdrawn_inspectors")));
    }

    // inspections

    public long insertInspection(long planId, long targetId, int order, Target t, String regionPath) {
        return jdbc.sql("""
                        insert into ins_inspection (plan_id, target_id, draw_order, company_id, company_name, project_id,
                            estate_id, estate_name, region_path) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(planId, targetId, order, t.companyId(), t.companyName(), t.projectId(), t.estateId(),
                        t.estateName(), regionPath).query(Long.class).single();
    }

    public void assign(long inspectionId, long inspectorId) {
        jdbc.sql("insert into ins_assignment (inspection_id, inspector_id) values (?, ?)").params(inspectionId, inspectorId)
                .update();
    }

    private static final String INSPECTION = """
            select i.*, p.title plan_title, p.region_path plan_path, p.matter_id, p.matter_name, p.matter_checklist,
              (select string_agg(x.name || ' (' || x.unit || ')', '、' order by x.id) from ins_assignment a
               join ins_inspector x on x.id = a.inspector_id where a.inspection_id = i.id) inspectors
            from ins_inspection i join ins_plan p on p.id = i.plan_id""";

    public Optional<InspectionRow> inspection(long id, LocalDate today) {
        return jdbc.sql(INSPECTION + " where i.id = ?").param(id).query((rs, n) -> inspectionRow(rs, today)).optional();
    }

    public List<Inspection> inspectionsOfPlan(long planId, LocalDate today) {
        return jdbc.sql(INSPECTION + " where i.plan_id = ? order by i.draw_order").param(planId)
                .query((rs, n) -> inspectionRow(rs, today).inspection()).list();
    }

    /** Filters of the inspection list; the caller's condition is given as SQL over {@code i}. */
    public record InspectionFilter(Long planId, InspectionStatus status, Boolean publishOverdue) {
    }

    public List<Inspection> inspections(Where scope, InspectionFilter f, PageRequest page, LocalDate today) {
        Where w = filter(scope, f, today);
        return jdbc.sql(INSPECTION + " where " + w.sql() + " order by i.id desc limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> inspectionRow(rs, today).inspection()).list();
    }

    public long countInspections(Where scope, InspectionFilter f, LocalDate today) {
        Where w = filter(scope, f, today);
        return jdbc.sql("select count(*) from ins_inspection i join ins_plan p on p.id = i.plan_id where " + w.sql())
                .params(w.params()).query(Long.class).single();
    }

    private static Where filter(Where w, InspectionFilter f, LocalDate today) {
        w.andIf(f.planId(), "i.plan_id = :plan", "plan")
                .andIf(f.status() == null ? null : f.status().name(), "i.status = :status", "status");
        if (Boolean.TRUE.equals(f.publishOverdue())) {
            w.and("i.status = 'FINISHED' and i.publish_due < :today", Map.of("today", today));
        }
        return w;
    }

    public boolean isAssigned(long inspectionId, String username) {
        return jdbc.sql("""
                        select count(*) from ins_assignment a join ins_inspector x on x.id = a.inspector_id
                        where a.inspection_id = ? and x.username = ? and x.active""")
                .params(inspectionId, username).query(Long.class).single() > 0;
    }

    public boolean finish(long id, LocalDate on, LocalDate publishDue) {
        return jdbc.sql("update ins_inspection set status = 'FINISHED', finished_on = ?, publish_due = ? where id = ? and status = 'DRAWN'")
                .params(on, publishDue, id).update() == 1;
    }

    public boolean publish(long id, LocalDate on) {
        return jdbc.sql("update ins_inspection set status = 'PUBLISHED', published_on = ? where id = ? and status = 'FINISHED'")
                .params(on, id).update() == 1;
    }

    private static InspectionRow inspectionRow(ResultSet rs, LocalDate today) throws SQLException {
        InspectionStatus status = InspectionStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("publish_due", LocalDate.class);
        String names = rs.getString("inspectors");
        Inspection i = new Inspection(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("plan_title"),
                rs.getInt("draw_order"), rs.getLong("company_id"), rs.getString("company_name"),
                rs.getLong("project_id"), rs.getLong("estate_id"), rs.getString("estate_name"), status,
                rs.getObject("finished_on", LocalDate.class), due, rs.getObject("published_on", LocalDate.class),
                status == InspectionStatus.FINISHED && due != null && today.isAfter(due),
                names == null ? List.of() : List.of(names.split("、")));
        return new InspectionRow(i, rs.getString("region_path"), rs.getLong("matter_id"), rs.getString("matter_name"),
                lines(rs.getString("matter_checklist")));
    }

    // findings

    public long insertFinding(NewFinding f) {
        return jdbc.sql("""
                        insert into ins_finding (inspection_id, item, passed, severity, hazard_kind, description,
                            rectify_by, latitude, longitude, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.inspectionId(), f.item(), f.passed(), f.severity() == null ? null : f.severity().name(),
                        f.hazardKind() == null ? null : f.hazardKind().name(), f.description(), f.rectifyBy(),
                        f.latitude(), f.longitude(), f.by()).query(Long.class).single();
    }

    public void addPhoto(long findingId, String contentType, byte[] content) {
        jdbc.sql("insert into ins_photo (finding_id, content_type, content) values (?, ?, ?)")
                .params(findingId, contentType, content).update();
    }

    /** A photo (content type and bytes) of a finding of that inspection. */
    public Optional<Map.Entry<String, byte[]>> photo(long inspectionId, long photoId) {
        return jdbc.sql("""
                        select p.content_type, p.content from ins_photo p join ins_finding f on f.id = p.finding_id
                        where f.inspection_id = ? and p.id = ?""").params(inspectionId, photoId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2))).optional();
    }

    public List<Finding> findings(long inspectionId) {
        return jdbc.sql("""
                        select f.*, (select array_agg(p.id order by p.id) from ins_photo p where p.finding_id = f.id) photos
                        from ins_finding f where f.inspection_id = ? order by f.id""").param(inspectionId)
                .query((rs, n) -> {
                    java.sql.Array photos = rs.getArray("photos");
                    List<Long> ids = photos == null ? List.of() : Arrays.stream((Long[]) photos.getArray()).toList();
                    String severity = rs.getString("severity");
                    String kind = rs.getString("hazard_kind");
                    return new Finding(rs.getLong("id"), rs.getString("item"), rs.getBoolean("passed"),
                            severity == null ? null : Severity.valueOf(severity),
                            kind == null ? null : HazardKind.valueOf(kind), rs.getString("description"),
                            rs.getObject("rectify_by", LocalDate.class), rs.getBigDecimal("latitude"),
                            rs.getBigDecimal("longitude"), instant(rs, "recorded_at"), ids);
                }).list();
    }

    /** Finding counts of a project's inspections that ended in a period: inspections, problems, problems rectified. */
    public long[] projectFindings(long projectId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(distinct i.id), count(f.id) filter (where not f.passed),
                          count(h.id) filter (where h.status = 'CLOSED')
                        from ins_inspection i left join ins_finding f on f.inspection_id = i.id
                        left join ins_hazard h on h.source = 'FINDING' and h.source_ref = f.id
                        where i.project_id = ? and i.finished_on between ? and ?""")
                .params(projectId, from, to).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
