package org.anju.region.importing;

import java.sql.Array;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.anju.platform.crypto.BlindIndex;
import org.anju.platform.crypto.FieldCipher;
import org.anju.region.importing.ImportPlan.Existing;
import org.anju.region.importing.ImportPlan.RegisteredOwner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The import's reads and writes of the register's tables. Writes go in JDBC batches with ids
 * drawn from the sequences up front, so 5 000 rows are a handful of round trips.
 */
@Repository
class ImportStore {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final BlindIndex index;

    ImportStore(JdbcTemplate jdbc, FieldCipher cipher, BlindIndex index) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
    }

    /** Serialises imports into one estate (the second waits, then sees the first's houses). */
    void lockEstate(long estateId) {
        jdbc.queryForList("select id from reg_estate where id = ? for update", Long.class, estateId);
    }

    Existing existing(long estateId, Set<String> idNumbers) {
        Set<String> houses = new HashSet<>();
        jdbc.query("""
                select b.name, h.section, h.number from reg_house h join reg_building b on b.id = h.building_id
                where h.estate_id = ?""",
                rs -> {
                    houses.add(ImportPlan.houseKey(rs.getString(1), rs.getString(2), rs.getString(3)));
                }, estateId);
        // ID numbers are sealed: an owner is found by the keyed hash of the number (one number, one owner)
        Map<String, String> numberOfHash = new HashMap<>();
        idNumbers.forEach(n -> numberOfHash.put(index.idNumber(n), n));
        Map<String, RegisteredOwner> owners = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("select id_number_hash, id, name from reg_owner where id_number_hash = any(?)");
            Array hashes = con.createArrayOf("varchar", numberOfHash.keySet().toArray());
            ps.setArray(1, hashes);
            return ps;
        }, rs -> {
            owners.put(numberOfHash.get(rs.getString(1)), new RegisteredOwner(rs.getLong(2), rs.getString(3)));
        });
        return new Existing(houses, owners);
    }

    /** Writes the plan; returns the number of buildings created. Calls progress with rows written. */
    int write(long estateId, ImportPlan plan, IntConsumer progress) {
        Map<String, Long> buildings = new HashMap<>();
        jdbc.query("select name, id from reg_building where estate_id = ?",
                rs -> {
                    buildings.put(rs.getString(1), rs.getLong(2));
                }, estateId);
        Set<String> missing = new LinkedHashSet<>();
        plan.houses().forEach(h -> {
            if (!buildings.containsKey(h.building())) {
                missing.add(h.building());
            }
        });
        for (String name : missing) {
            buildings.put(name, jdbc.queryForObject(
                    "insert into reg_building (estate_id, name) values (?, ?) returning id", Long.class, estateId, name));
        }
        List<Long> houseIds = ids("reg_house_id_seq", plan.houses().size());
        List<Object[]> houseRows = new ArrayList<>();
        for (int i = 0; i < plan.houses().size(); i++) {
            ImportPlan.House h = plan.houses().get(i);
            houseRows.add(new Object[] {houseIds.get(i), estateId, buildings.get(h.building()), h.section(), h.number(),
                    h.area(), h.use().name()});
        }
        int[] written = {0};
        IntConsumer step = n -> progress.accept(written[0] += n);
        batch("""
                insert into reg_house (id, estate_id, building_id, section, number, exclusive_area, use)
                values (?, ?, ?, ?, ?, ?, ?)""", houseRows,
                new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC,
                        Types.VARCHAR}, step);
        List<ImportPlan.Owner> fresh = plan.owners().stream().filter(o -> o.existingId() == null).toList();
        List<Long> freshIds = ids("reg_owner_id_seq", fresh.size());
        List<Object[]> ownerRows = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            ImportPlan.Owner o = fresh.get(i);
            ownerRows.add(new Object[] {freshIds.get(i), o.kind().name(), o.name(), cipher.seal(o.idNumber()),
                    index.idNumber(o.idNumber()), cipher.seal(o.phone()), index.phone(o.phone())});
        }
        batch("""
                insert into reg_owner (id, kind, name, id_number_enc, id_number_hash, phone_enc, phone_hash)
                values (?, ?, ?, ?, ?, ?, ?)""", ownerRows, new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR}, step);
        List<Long> ownerIds = new ArrayList<>();
        int next = 0;
        for (ImportPlan.Owner o : plan.owners()) {
            ownerIds.add(o.existingId() != null ? o.existingId() : freshIds.get(next++));
        }
        List<Object[]> links = plan.ownerships().stream()
                .map(w -> new Object[] {houseIds.get(w.houseIndex()), ownerIds.get(w.ownerIndex())}).toList();
        batch("insert into reg_ownership (house_id, owner_id) values (?, ?)", links,
                new int[] {Types.BIGINT, Types.BIGINT}, step);
        return missing.size();
    }

    private List<Long> ids(String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, count);
    }

    /** Explicit types: a null phone then needs no parameter-type lookup per row. */
    private void batch(String sql, List<Object[]> rows, int[] types, IntConsumer step) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            jdbc.batchUpdate(sql, chunk, types);
            step.accept(chunk.size());
        }
    }
}
