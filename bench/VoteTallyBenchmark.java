import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.anju.voting.Choice;
import org.anju.voting.CountingRule;
import org.anju.voting.Electorate;
import org.anju.voting.Matter;
import org.anju.voting.Tally;
import org.anju.voting.VoteMode;

/**
 * The tally of a 10 000-house estate (issue 5; target ≤ 50 ms), run by bench/vote-tally-benchmark.sh.
 *
 * <ol>
 *   <li>Roll: grouping 10 000 houses into owners ({@link Electorate}: multi-house buyers, co-owners, the developer's
 *       unsold houses) — done once, when a vote opens.</li>
 *   <li>Count in memory: three motions, a ballot of every voter, with {@link Tally} and {@link CountingRule}.</li>
 *   <li>Tally from PostgreSQL (with --url), on tables shaped like vot_voter and vot_ballot, two ways: every ballot
 *       brought to Java and counted there, and (what VoteCount does at closing and for live turnout) exact sums
 *       per motion and choice grouped in PostgreSQL, decided by CountingRule. Both must give the same outcomes.</li>
 * </ol>
 * Each is warmed up, then timed over many runs; the median and the 95th percentile are printed.
 */
public class VoteTallyBenchmark {

    static final int HOUSES = 10_000;
    static final int MOTIONS = 3;

    public static void main(String[] args) throws Exception {
        String url = args.length > 1 && args[0].equals("--url") ? args[1] : null;
        SplittableRandom random = new SplittableRandom(20_221_019L);
        List<Electorate.Holding> houses = new ArrayList<>(HOUSES);
        long owner = 1;
        for (int h = 0; h < HOUSES; h++) {
            BigDecimal area = BigDecimal.valueOf(4_000 + random.nextInt(12_000), 2);
            int kind = random.nextInt(100);
            List<Long> owners = kind < 3 ? List.of()                       // developer's unsold
                    : kind < 8 && owner > 1 ? List.of(owner - 1)             // buyer of a second house
                    : kind < 20 ? List.of(owner++, owner++)                  // co-owners
                    : List.of(owner++);
            houses.add(new Electorate.Holding(h + 1, area, owners));
        }
        Electorate electorate = time("roll: group 10 000 houses into owners", 20, 200,
                () -> Electorate.of(houses));
        List<Electorate.Voter> voters = electorate.voters();
        Choice[][] choices = new Choice[MOTIONS][voters.size()];
        for (int m = 0; m < MOTIONS; m++) {
            for (int v = 0; v < voters.size(); v++) {
                int r = random.nextInt(100);
                choices[m][v] = r < 75 ? Choice.AGREE : r < 90 ? Choice.AGAINST : Choice.ABSTAIN;
            }
        }
        Matter[] matters = {Matter.HIRE_COMPANY, Matter.USE_FUND, Matter.RAISE_FUND};
        time("count: " + MOTIONS + " motions x " + voters.size() + " owners in memory", 50, 500, () -> {
            List<CountingRule.Outcome> outcomes = new ArrayList<>();
            for (int m = 0; m < MOTIONS; m++) {
                Tally.Counter counter = new Tally.Counter(electorate.total());
                for (int v = 0; v < voters.size(); v++) {
                    counter.add(voters.get(v).area(), choices[m][v]);
                }
                outcomes.add(CountingRule.decide(matters[m], VoteMode.MEETING, counter.tally()));
            }
            return outcomes;
        });
        System.out.printf("roll: %d houses, %d owners (counted once), %s m²%n", HOUSES, voters.size(),
                electorate.total().area().toPlainString());
        if (url == null) {
            System.out.println("(no --url: the PostgreSQL tally was not measured)");
            return;
        }
        try (Connection c = DriverManager.getConnection(url)) {
            prepare(c, voters, choices);
            List<CountingRule.Outcome> rowByRow = time("tally from PostgreSQL, row by row: " + MOTIONS * voters.size()
                    + " ballots to Java", 10, 100, () -> {
                try {
                    return tally(c, electorate.total(), matters);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            List<CountingRule.Outcome> grouped = time("tally from PostgreSQL, grouped (as VoteCount does)", 10, 100, () -> {
                try {
                    return grouped(c, electorate.total(), matters);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            if (!rowByRow.equals(grouped)) {
                throw new IllegalStateException("the two tallies differ: " + rowByRow + " / " + grouped);
            }
            System.out.println("outcomes (both ways): " + grouped);
        }
    }

    /** Temporary tables shaped like vot_voter and vot_ballot, with the same keys and index. */
    static void prepare(Connection c, List<Electorate.Voter> voters, Choice[][] choices) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create temporary table bench_voter (id bigint primary key, vote_id bigint not null,
                        area numeric(14, 2) not null, unique (id, vote_id))""");
            s.execute("create index on bench_voter (vote_id)");
            s.execute("""
                    create temporary table bench_ballot (id bigserial primary key, vote_id bigint not null,
                        motion_id bigint not null, voter_id bigint not null, choice varchar(8) not null,
                        unique (motion_id, voter_id))""");
            s.execute("create index on bench_ballot (vote_id, voter_id)");
        }
        c.setAutoCommit(false);
        try (PreparedStatement v = c.prepareStatement("insert into bench_voter values (?, 1, ?)");
             PreparedStatement b = c.prepareStatement(
                     "insert into bench_ballot (vote_id, motion_id, voter_id, choice) values (1, ?, ?, ?)")) {
            for (Electorate.Voter voter : voters) {
                v.setLong(1, voter.index() + 1);
                v.setBigDecimal(2, voter.area());
                v.addBatch();
                for (int m = 0; m < choices.length; m++) {
                    b.setLong(1, m + 1);
                    b.setLong(2, voter.index() + 1);
                    b.setString(3, choices[m][voter.index()].name());
                    b.addBatch();
                }
            }
            v.executeBatch();
            b.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("analyze bench_voter");
            s.execute("analyze bench_ballot");
        }
    }

    /** What VoteCount does: the voters' areas, then every ballot into one counter per motion. */
    static List<CountingRule.Outcome> tally(Connection c, Tally.Weight ignored, Matter[] matters) throws Exception {
        Map<Long, BigDecimal> areas = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        try (PreparedStatement p = c.prepareStatement("select id, area from bench_voter where vote_id = ?")) {
            p.setLong(1, 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    BigDecimal a = rs.getBigDecimal(2);
                    areas.put(rs.getLong(1), a);
                    total = total.add(a);
                }
            }
        }
        Tally.Weight weight = new Tally.Weight(total, areas.size());
        Map<Long, Tally.Counter> counters = new HashMap<>();
        for (int m = 0; m < matters.length; m++) {
            counters.put((long) m + 1, new Tally.Counter(weight));
        }
        try (PreparedStatement p = c.prepareStatement(
                "select motion_id, voter_id, choice from bench_ballot where vote_id = ?")) {
            p.setLong(1, 1);
            p.setFetchSize(10_000);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    counters.get(rs.getLong(1)).add(areas.get(rs.getLong(2)), Choice.valueOf(rs.getString(3)));
                }
            }
        }
        List<CountingRule.Outcome> outcomes = new ArrayList<>();
        for (int m = 0; m < matters.length; m++) {
            outcomes.add(CountingRule.decide(matters[m], VoteMode.MEETING, counters.get((long) m + 1).tally()));
        }
        return outcomes;
    }

    /** What VoteCount does: exact sums per motion and choice in PostgreSQL, decided by CountingRule. */
    static List<CountingRule.Outcome> grouped(Connection c, Tally.Weight total, Matter[] matters) throws Exception {
        Map<Long, Tally.Weight[]> byMotion = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("""
                select b.motion_id, b.choice, sum(v.area), count(*) from bench_ballot b
                join bench_voter v on v.id = b.voter_id where b.vote_id = ? group by b.motion_id, b.choice""")) {
            p.setLong(1, 1);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Tally.Weight[] w = byMotion.computeIfAbsent(rs.getLong(1),
                            k -> new Tally.Weight[]{Tally.Weight.ZERO, Tally.Weight.ZERO, Tally.Weight.ZERO});
                    w[Choice.valueOf(rs.getString(2)).ordinal()] = new Tally.Weight(rs.getBigDecimal(3), rs.getLong(4));
                }
            }
        }
        List<CountingRule.Outcome> outcomes = new ArrayList<>();
        for (int m = 0; m < matters.length; m++) {
            Tally.Weight[] w = byMotion.get((long) m + 1);
            outcomes.add(CountingRule.decide(matters[m], VoteMode.MEETING, new Tally(total, w[0], w[1], w[2])));
        }
        return outcomes;
    }

    static <T> T time(String what, int warmup, int runs, java.util.function.Supplier<T> work) {
        T result = null;
        for (int i = 0; i < warmup; i++) {
            result = work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            result = work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-70s median %7.2f ms   p95 %7.2f ms   max %7.2f ms%n", what, ms[runs / 2],
                ms[(int) (runs * 0.95)], ms[runs - 1]);
        return result;
    }
}
