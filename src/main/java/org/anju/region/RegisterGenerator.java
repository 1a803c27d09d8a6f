package org.anju.region;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.anju.platform.crypto.BlindIndex;
import org.anju.platform.crypto.FieldCipher;
import org.anju.region.generator.CopyWriter;
import org.anju.region.generator.CountyRows;
import org.anju.region.generator.Identities;
import org.anju.region.generator.Ids;
import org.anju.region.generator.PersonalDataSealer;
import org.anju.region.generator.RegisterPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;

/**
 * Generates a plausible register (河南省 → cities → counties → townships → communities → estates,
 * buildings, houses, owners, residents) from a seed, straight into PostgreSQL with COPY: the
 * Taiqian demo data and the benchmark databases come from this one implementation. The same
 * seed on an empty database gives the same rows, ids included (ID numbers and phones sealed, each
 * with a fresh nonce: the same values, other ciphertext).
 */
@Service
public class RegisterGenerator {

    private static final Logger log = LoggerFactory.getLogger(RegisterGenerator.class);

    /** How much to generate: counties sharing the houses evenly (台前县 always first). */
    public record Scale(int counties, long houses) {

        /** 台前县 alone, about 30 000 houses: the demo. */
        public static Scale county() {
            return new Scale(1, 30_000);
        }

        /** 濮阳市's 6 counties, about 500 000 houses. */
        public static Scale city() {
            return new Scale(6, 500_000);
        }

        /** 河南省: 18 cities, 150 counties, 10 million houses. */
        public static Scale province() {
            return new Scale(150, 10_000_000);
        }

        /** About 67 000 houses a county (a province's average), 1 to 150 counties. */
        public static Scale houses(long houses) {
            return new Scale((int) Math.max(1, Math.min(150, Math.round(houses / 66_667.0))), houses);
        }

        public static Scale named(String name) {
            return switch (name) {
                case "county" -> county();
                case "city" -> city();
                case "province" -> province();
                default -> throw new IllegalArgumentException("scale is county, city or province, not " + name);
            };
        }
    }

    /** What was generated, for callers that build on it (projects, accounts). */
    public record Generated(List<County> counties, long houses, long owners) {
    }

    /** 县 */
    public record County(long id, String code, String name, String path, List<Township> townships) {
    }

    /** 乡镇办; the first of a county is its seat (城关镇). */
    public record Township(long id, String code, String name, List<Community> communities) {
    }

    /** 社区 */
    public record Community(long id, String code, String name, String path, List<Estate> estates) {
    }

    /**
     * 小区, with the first owner holding exactly two of its houses (null if none does).
     */
    public record Estate(long id, String name, int builtYear, boolean legacy, int houses, Long ownerOfTwoHouses) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final PersonalDataSealer sealer;

    RegisterGenerator(DataSource dataSource, JdbcClient jdbc, FieldCipher cipher, BlindIndex index) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.sealer = new PersonalDataSealer(cipher, index);
    }

    /** Whether the register holds no region yet (then generating cannot collide with anything). */
    public boolean registerIsEmpty() {
        return !jdbc.sql("select exists (select 1 from reg_region)").query(Boolean.class).single();
    }

    /**
     * Writes the register on the caller's transaction if there is one (the demo: all or nothing);
     * without one each table of each county commits on its own (the benchmarks).
     */
    public Generated generate(Scale scale, long seed) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        ExecutorService ahead = Executors.newSingleThreadExecutor();
        try {
            CopyWriter writer = new CopyWriter(connection);
            Ids ids = writer.start();
            RegisterPlan plan = RegisterPlan.of(scale.counties(), scale.houses(), seed, ids, sealer);
            writer.write(List.of(plan.regions()));
            List<County> counties = new ArrayList<>();
            long houses = 0;
            long owners = 0;
            long started = System.nanoTime();
            // the next county is generated (and its personal data sealed) while PostgreSQL copies this one
            Future<CountyRows> next = ahead.submit(() -> plan.county(0));
            for (int c = 0; c < plan.counties(); c++) {
                CountyRows rows = await(next);
                int following = c + 1;
                if (following < plan.counties()) {
                    next = ahead.submit(() -> plan.county(following));
                }
                writer.write(rows.tables());
                counties.add(rows.county());
                houses += rows.houseCount();
                owners += rows.ownerCount();
                if (plan.counties() > 1) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    log.info("County {}/{} {}: {} houses in all, {} houses/s", c + 1, plan.counties(),
                            rows.county().name(), houses, Math.round(houses / seconds));
                }
            }
            writer.finish(ids);
            return new Generated(counties, houses, owners);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not write the generated register", e);
        } finally {
            ahead.shutdownNow();
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The county generated ahead; counties are generated in order, one at a time, so ids run on as before. */
    private static CountyRows await(Future<CountyRows> county) {
        try {
            return county.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not generate a county", e.getCause());
        }
    }

    /** A valid unified social credit code (GB 32100) registered in that area; distinct numbers, distinct codes. */
    public static String sampleCreditCode(long number, String areaCode, long seed) {
        return new Identities(seed).creditCode(number, areaCode);
    }
}
