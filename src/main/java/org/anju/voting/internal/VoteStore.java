package org.anju.voting.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.anju.voting.Channel;
import org.anju.voting.Choice;
import org.anju.voting.Matter;
import org.anju.voting.Tally;
import org.anju.voting.VoteMode;
import org.anju.voting.VoteStatus;
import org.anju.voting.VoteView.Motion;
import org.anju.voting.VoteView.Voter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Votes' SQL. Every read of a vote ANDs the caller's jurisdiction over its estate (and an owner's building). */
@Repository
public class VoteStore {

    /** A vote row as stored, with its estate's and building's names. */
    public record Row(long id, long estateId, String estateName, Long buildingId, String buildingName, String title,
                      VoteMode mode, VoteStatus status, String organiser, String notice, OffsetDateTime opensAt,
                      OffsetDateTime closesAt, BigDecimal totalArea, Integer totalOwners, long participants,
                      OffsetDateTime closedAt, String closeReason, OffsetDateTime publishedAt, String section,
                      LocalDate noticePostedOn, Long areaId, String areaName) {
    }

    /** Filters of the list; null = any. */
    public record Filter(Long townshipId, Long communityId, Long estateId, VoteStatus status) {
    }

    /** A voter of the frozen roll as the count needs it. */
    public record VoterWeight(long id, BigDecimal area) {
    }

    /** One stored ballot. */
    public record StoredBallot(long motionId, long voterId, Long ownerId, Channel channel, Choice choice,
                               OffsetDateTime castAt, String receipt) {
    }

    /** One frozen roll entry to write. */
    public record RollVoter(BigDecimal area, boolean developer, String label, List<RollHouse> houses,
                            List<RollOwner> owners) {
    }

    /** A house of a roll voter. */
    public record RollHouse(long houseId, String buildingName, String section, String number, BigDecimal area) {
    }

    /** An owner of a roll voter. */
    public record RollOwner(long ownerId, String name) {
    }

    private static final String SELECT = """
            select v.*, e.name as estate_name, b.name as building_name,
                   (select a.name from reg_management_area a where a.id = v.area_id) as area_name,
                   (select count(*) from vot_participation p where p.vote_id = v.id) as participants
            from vot_vote v join reg_estate e on e.id = v.estate_id left join reg_building b on b.id = v.building_id
            join reg_region c on c.id = e.community_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    VoteStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static Where where(Jurisdiction j, Filter f) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params())
                .andIf(f.townshipId(), "c.parent_id = :township", "township")
                .andIf(f.communityId(), "c.id = :community", "community")
                .andIf(f.estateId(), "v.estate_id = :estate", "estate")
                .andIf(f.status() == null ? null : f.status().name(), "v.status = :status", "status");
        if (j.scope() == Jurisdiction.Scope.HOUSES) {
            // an owner sees a building's vote only when one of their houses is in that building
            Jurisdiction.Condition houses = j.houses("e.region_path", "e.id", "h.id");
            w.and("v.building_id is null or exists (select 1 from reg_house h where h.building_id = v.building_id"
                    + " and (v.section is null or h.section = v.section) and " + houses.sql() + ")", houses.params());
            // and an area's vote only when one of their houses is in that area's buildings
            w.and("v.area_id is null or exists (select 1 from reg_house h join reg_building ab on ab.id = h.building_id"
                    + " where ab.management_area_id = v.area_id and " + houses.sql() + ")", houses.params());
        }
        return w;
    }

    public List<Row> list(Jurisdiction j, Filter f, PageRequest page) {
        Where w = where(j, f);
        return jdbc.sql(SELECT + " where " + w.sql()
                        + " order by v.status in ('CLOSED', 'PUBLISHED'), v.closes_at desc, v.id desc"
                        + " limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(VoteStore::row).list();
    }

    public long count(Jurisdiction j, Filter f) {
        Where w = where(j, f);
        return jdbc.sql("select count(*) from vot_vote v join reg_estate e on e.id = v.estate_id"
                        + " join reg_region c on c.id = e.community_id where " + w.sql())
                .params(w.params()).query(Long.class).single();
    }

    public Optional<Row> find(Jurisdiction j, long id) {
        Where w = where(j, new Filter(null, null, null, null)).and("v.id = :id", Map.of("id", id));
        return jdbc.sql(SELECT + " where " + w.sql()).params(w.params()).query(VoteStore::row).optional();
    }

    /** The vote row whoever asks (demo seeding). */
    public Row row(long id) {
        return jdbc.sql(SELECT + " where v.id = ?").param(id).query(VoteStore::row).single();
    }

    /** For each voter of a vote, its first registered owner (the developer's voter has none). */
    public Map<Long, Long> firstOwners(long voteId) {
        Map<Long, Long> owners = new java.util.HashMap<>();
        jdbc.sql("select voter_id, min(owner_id) from vot_roll_owner where vote_id = ? group by voter_id")
                .param(voteId).query((ResultSet rs) -> {
                    owners.put(rs.getLong(1), rs.getLong(2));
                });
        return owners;
    }

    /** Writes seeded participations and ballots in batches (demo data). */
    public void seedBallots(List<Object[]> participations, List<Object[]> ballots) {
        template.batchUpdate("""
                insert into vot_participation (vote_id, voter_id, channel, first_at, recorded_by) values (?, ?, ?, ?, ?)""",
                participations);
        template.batchUpdate("""
                insert into vot_ballot (vote_id, motion_id, voter_id, channel, choice, cast_by_owner_id, cast_at,
                                        recorded_by, receipt) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", ballots);
    }

    /** Locks the vote row: FOR SHARE for a ballot (many at once), FOR UPDATE to open or close it. */
    public VoteStatus lock(long id, boolean exclusive) {
        return VoteStatus.valueOf(jdbc.sql("select status from vot_vote where id = ? for " + (exclusive ? "update" : "share"))
                .param(id).query(String.class).single());
    }

    public long insertVote(long estateId, Long buildingId, String section, String title, VoteMode mode,
                           String organiser, String notice, LocalDate noticePostedOn, Instant opensAt,
                           Instant closesAt, String actor) {
        return insertVote(estateId, null, buildingId, section, title, mode, organiser, notice, noticePostedOn, opensAt,
                closesAt, actor);
    }

    /** A vote of the estate, one management area (areaId), one building or one section of it. */
    public long insertVote(long estateId, Long areaId, Long buildingId, String section, String title, VoteMode mode,
                           String organiser, String notice, LocalDate noticePostedOn, Instant opensAt,
                           Instant closesAt, String actor) {
        return jdbc.sql("""
                        insert into vot_vote (estate_id, area_id, building_id, section, title, mode, status, organiser,
                                              notice, notice_posted_on, opens_at, closes_at, created_by)
                        values (?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?, ?, ?, ?, ?) returning id""")
                .params(estateId, areaId, buildingId, section, title, mode.name(), organiser, notice, noticePostedOn,
                        Timestamp.from(opensAt), Timestamp.from(closesAt), actor).query(Long.class).single();
    }

    public long insertMotion(long voteId, int seq, String title, Matter matter) {
        return jdbc.sql("insert into vot_motion (vote_id, seq, title, matter) values (?, ?, ?, ?) returning id")
                .params(voteId, seq, title, matter.name()).query(Long.class).single();
    }

    public List<Motion> motions(long voteId) {
        return jdbc.sql("select id, seq, title, matter from vot_motion where vote_id = ? order by seq").param(voteId)
                .query((rs, n) -> new Motion(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        Matter.valueOf(rs.getString(4)))).list();
    }

    /** Writes the frozen roll in batches and marks the vote OPEN with the roll's totals. */
    public void freeze(long voteId, List<RollVoter> voters, BigDecimal totalArea, int totalOwners, Instant at) {
        List<Long> ids = jdbc.sql("select nextval('vot_voter_id_seq') from generate_series(1, ?)")
                .param(voters.size()).query(Long.class).list();
        List<Object[]> voterRows = new ArrayList<>();
        List<Object[]> houseRows = new ArrayList<>();
        List<Object[]> ownerRows = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            RollVoter v = voters.get(i);
            long id = ids.get(i);
            voterRows.add(new Object[]{id, voteId, v.area(), v.houses().size(), v.developer(), v.label()});
            for (RollHouse h : v.houses()) {
                houseRows.add(new Object[]{voteId, h.houseId(), id, h.buildingName(), h.section(), h.number(), h.area()});
            }
            for (RollOwner o : v.owners()) {
                ownerRows.add(new Object[]{voteId, o.ownerId(), id, o.name()});
            }
        }
        template.batchUpdate("insert into vot_voter (id, vote_id, area, houses, developer, label) values (?, ?, ?, ?, ?, ?)",
                voterRows);
        template.batchUpdate("""
                insert into vot_roll (vote_id, house_id, voter_id, building_name, section, number, area)
                values (?, ?, ?, ?, ?, ?, ?)""", houseRows);
        template.batchUpdate("insert into vot_roll_owner (vote_id, owner_id, voter_id, owner_name) values (?, ?, ?, ?)",
                ownerRows);
        jdbc.sql("""
                        update vot_vote set status = 'OPEN', opened_at = ?, total_area = ?, total_owners = ?
                        where id = ? and status = 'SCHEDULED'""")
                .params(Timestamp.from(at), totalArea, totalOwners, voteId).update();
    }

    /** The voter whose ballot an owner casts in a vote, if the owner is on its roll. */
    public Optional<Long> voterOfOwner(long voteId, long ownerId) {
        return jdbc.sql("select voter_id from vot_roll_owner where vote_id = ? and owner_id = ?")
                .params(voteId, ownerId).query(Long.class).optional();
    }

    public boolean voterExists(long voteId, long voterId) {
        return jdbc.sql("select count(*) from vot_voter where vote_id = ? and id = ?").params(voteId, voterId)
                .query(Long.class).single() > 0;
    }

    /** Joins the voter to the vote through a channel (no-op if already in); returns the channel they use. */
    public Channel participate(long voteId, long voterId, Channel channel, String actor) {
        jdbc.sql("""
                        insert into vot_participation (vote_id, voter_id, channel, recorded_by) values (?, ?, ?, ?)
                        on conflict (vote_id, voter_id) do nothing""")
                .params(voteId, voterId, channel.name(), actor).update();
        return Channel.valueOf(jdbc.sql("select channel from vot_participation where vote_id = ? and voter_id = ?")
                .params(voteId, voterId).query(String.class).single());
    }

    /**
     * Stores a ballot once per (motion, voter): an online ballot replaces the voter's earlier online choice; a paper
     * ballot is never replaced. Returns false when nothing was written (a paper ballot stands).
     */
    public boolean upsertBallot(long voteId, long motionId, long voterId, Channel channel, Choice choice,
                                Long ownerId, Instant at, String actor, String receipt) {
        return jdbc.sql("""
                        insert into vot_ballot (vote_id, motion_id, voter_id, channel, choice, cast_by_owner_id, cast_at,
                                                recorded_by, receipt)
                        values (:vote, :motion, :voter, :channel, :choice, :owner, :at, :actor, :receipt)
                        on conflict (motion_id, voter_id) do update
                           set choice = excluded.choice, cast_by_owner_id = excluded.cast_by_owner_id,
                               cast_at = excluded.cast_at, recorded_by = excluded.recorded_by,
                               receipt = excluded.receipt, changes = vot_ballot.changes + 1
                         where vot_ballot.channel = 'ONLINE' and excluded.channel = 'ONLINE'""")
                .param("vote", voteId).param("motion", motionId).param("voter", voterId)
                .param("channel", channel.name()).param("choice", choice.name()).param("owner", ownerId)
                .param("at", Timestamp.from(at)).param("actor", actor).param("receipt", receipt).update() == 1;
    }

    public Optional<StoredBallot> ballot(long motionId, long voterId) {
        return jdbc.sql("""
                        select motion_id, voter_id, cast_by_owner_id, channel, choice, cast_at, receipt from vot_ballot
                        where motion_id = ? and voter_id = ?""").params(motionId, voterId)
                .query(VoteStore::ballot).optional();
    }

    public List<StoredBallot> ballotsOf(long voteId, long voterId) {
        return jdbc.sql("""
                        select b.motion_id, b.voter_id, b.cast_by_owner_id, b.channel, b.choice, b.cast_at, b.receipt
                        from vot_ballot b join vot_motion m on m.id = b.motion_id
                        where b.vote_id = ? and b.voter_id = ? order by m.seq""").params(voteId, voterId)
                .query(VoteStore::ballot).list();
    }

    /** Every voter of the frozen roll with their area (the count's base). */
    public List<VoterWeight> voterWeights(long voteId) {
        return jdbc.sql("select id, area from vot_voter where vote_id = ?").param(voteId)
                .query((rs, n) -> new VoterWeight(rs.getLong(1), rs.getBigDecimal(2))).list();
    }

    /** The exact sums of area and heads per motion and choice of a vote, for the count. */
    public void eachSum(long voteId, SumSink sink) {
        jdbc.sql("""
                        select b.motion_id, b.choice, sum(v.area), count(*) from vot_ballot b
                        join vot_voter v on v.id = b.voter_id and v.vote_id = b.vote_id
                        where b.vote_id = ? group by b.motion_id, b.choice""").param(voteId)
                .query((ResultSet rs) -> {
                    sink.accept(rs.getLong(1), Choice.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getLong(4));
                });
    }

    /** Receives one sum of a count. */
    @FunctionalInterface
    public interface SumSink {
        void accept(long motionId, Choice choice, BigDecimal area, long owners);
    }

    /** Participants by channel, and paper voters whose scan is missing: [online, paper, paperWithoutScan]. */
    public long[] channels(long voteId) {
        return jdbc.sql("""
                        select count(*) filter (where p.channel = 'ONLINE'), count(*) filter (where p.channel = 'PAPER'),
                               count(*) filter (where p.channel = 'PAPER' and s.voter_id is null)
                        from vot_participation p left join vot_scan s on s.vote_id = p.vote_id and s.voter_id = p.voter_id
                        where p.vote_id = ?""").param(voteId)
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    public void writeResult(long motionId, boolean quorate, boolean passed, Tally t) {
        Tally.Weight p = t.participating();
        jdbc.sql("""
                        update vot_motion set quorate = ?, passed = ?, participating_area = ?, participating_owners = ?,
                               agree_area = ?, agree_owners = ?, against_area = ?, against_owners = ?,
                               abstain_area = ?, abstain_owners = ?
                        where id = ?""")
                .params(quorate, passed, p.area(), p.owners(), t.agree().area(), t.agree().owners(),
                        t.against().area(), t.against().owners(), t.abstain().area(), t.abstain().owners(), motionId)
                .update();
    }

    /** The stored result of a closed motion: [quorate, passed] and its tally against the given total. */
    public Optional<StoredResult> storedResult(long motionId, Tally.Weight total) {
        return jdbc.sql("select * from vot_motion where id = ? and quorate is not null").param(motionId)
                .query((rs, n) -> new StoredResult(rs.getBoolean("quorate"), rs.getBoolean("passed"), new Tally(total,
                        new Tally.Weight(rs.getBigDecimal("agree_area"), rs.getLong("agree_owners")),
                        new Tally.Weight(rs.getBigDecimal("against_area"), rs.getLong("against_owners")),
                        new Tally.Weight(rs.getBigDecimal("abstain_area"), rs.getLong("abstain_owners"))))).optional();
    }

    /** A motion's result as stored at closing. */
    public record StoredResult(boolean quorate, boolean passed, Tally tally) {
    }

    public void close(long voteId, Instant at, String actor, String reason) {
        jdbc.sql("update vot_vote set status = 'CLOSED', closed_at = ?, closed_by = ?, close_reason = ? where id = ?")
                .params(Timestamp.from(at), actor, reason, voteId).update();
    }

    public void publish(long voteId, Instant at) {
        jdbc.sql("update vot_vote set status = 'PUBLISHED', published_at = ? where id = ?")
                .params(Timestamp.from(at), voteId).update();
    }

    /** Voters of the roll, all or only those who have not voted, with their houses (paged, in roll order). */
    public List<Voter> voters(long voteId, boolean onlyNonVoters, PageRequest page) {
        return voters(voteId, onlyNonVoters, null, page);
    }

    /** One voter of the roll, if it is on it. */
    public Optional<Voter> voter(long voteId, long voterId) {
        return voters(voteId, false, voterId, new PageRequest(0, 1)).stream().findFirst();
    }

    private List<Voter> voters(long voteId, boolean onlyNonVoters, Long only, PageRequest page) {
        return jdbc.sql("""
                        select r.id, r.label, r.area, r.developer, p.channel, s.voter_id is not null as scanned,
                               (select string_agg(h.building_name || ' ' || case when h.section = '' then '' else h.section || '-' end
                                                  || h.number, '、' order by h.building_name, h.section, h.number)
                                from vot_roll h where h.voter_id = r.id) as houses,
                               (select array_agg(o.owner_id order by o.owner_id) from vot_roll_owner o where o.voter_id = r.id) as owners
                        from vot_voter r
                        left join vot_participation p on p.vote_id = r.vote_id and p.voter_id = r.id
                        left join vot_scan s on s.vote_id = r.vote_id and s.voter_id = r.id
                        where r.vote_id = :vote and (:all or p.voter_id is null)
                          and (cast(:only as bigint) is null or r.id = :only)
                        order by r.id limit :limit offset :offset""")
                .param("vote", voteId).param("all", !onlyNonVoters).param("only", only).param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> {
                    java.sql.Array owners = rs.getArray("owners");
                    List<Long> ownerIds = owners == null ? List.of()
                            : java.util.Arrays.stream((Long[]) owners.getArray()).toList();
                    String channel = rs.getString("channel");
                    return new Voter(rs.getLong("id"), rs.getString("label"), rs.getString("houses"),
                            rs.getBigDecimal("area"), rs.getBoolean("developer"), ownerIds,
                            channel == null ? null : Channel.valueOf(channel), rs.getBoolean("scanned"));
                }).list();
    }

    public long countVoters(long voteId, boolean onlyNonVoters) {
        return jdbc.sql("""
                        select count(*) from vot_voter r
                        left join vot_participation p on p.vote_id = r.vote_id and p.voter_id = r.id
                        where r.vote_id = :vote and (:all or p.voter_id is null)""")
                .param("vote", voteId).param("all", !onlyNonVoters).query(Long.class).single();
    }

    public boolean hasScan(long voteId, long voterId) {
        return jdbc.sql("select count(*) from vot_scan where vote_id = ? and voter_id = ?").params(voteId, voterId)
                .query(Long.class).single() > 0;
    }

    public void insertScan(long voteId, long voterId, String filename, String contentType, byte[] content,
                           String actor) {
        jdbc.sql("""
                        insert into vot_scan (vote_id, voter_id, filename, content_type, content, uploaded_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(voteId, voterId, filename, contentType, content, actor).update();
    }

    /** A scan: [filename, content type] and its bytes. */
    public record Scan(String filename, String contentType, byte[] content) {
    }

    public Optional<Scan> scan(long voteId, long voterId) {
        return jdbc.sql("select filename, content_type, content from vot_scan where vote_id = ? and voter_id = ?")
                .params(voteId, voterId)
                .query((rs, n) -> new Scan(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** Channel a voter uses in a vote, if they took part. */
    public Optional<Channel> channelOf(long voteId, long voterId) {
        return jdbc.sql("select channel from vot_participation where vote_id = ? and voter_id = ?")
                .params(voteId, voterId).query(String.class).optional().map(Channel::valueOf);
    }

    /** Scheduled votes whose period has started (opened on first touch or by the opener job). */
    public List<Long> dueToOpen(Instant now) {
        return jdbc.sql("select id from vot_vote where status = 'SCHEDULED' and opens_at <= ? order by id")
                .param(Timestamp.from(now)).query(Long.class).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Long building = (Long) rs.getObject("building_id");
        Integer owners = (Integer) rs.getObject("total_owners");
        return new Row(rs.getLong("id"), rs.getLong("estate_id"), rs.getString("estate_name"), building,
                rs.getString("building_name"), rs.getString("title"), VoteMode.valueOf(rs.getString("mode")),
                VoteStatus.valueOf(rs.getString("status")), rs.getString("organiser"), rs.getString("notice"),
                rs.getObject("opens_at", OffsetDateTime.class), rs.getObject("closes_at", OffsetDateTime.class),
                rs.getBigDecimal("total_area"), owners, rs.getLong("participants"),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getString("close_reason"),
                rs.getObject("published_at", OffsetDateTime.class), rs.getString("section"),
                rs.getObject("notice_posted_on", LocalDate.class), (Long) rs.getObject("area_id"),
                rs.getString("area_name"));
    }

    private static StoredBallot ballot(ResultSet rs, int n) throws SQLException {
        return new StoredBallot(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), Channel.valueOf(rs.getString(4)),
                Choice.valueOf(rs.getString(5)), rs.getObject(6, OffsetDateTime.class), rs.getString(7));
    }
}
