package org.anju.region.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.anju.platform.crypto.BlindIndex;
import org.anju.platform.crypto.FieldCipher;

/**
 * Walks the register's personal-data columns by id, a batch at a time, and seals each value anew
 * where needed: from the old plaintext columns (the migration) or from a value sealed with an
 * older key or hashed with an older hash key (re-encryption). Rows already current are left alone,
 * so a walk can be interrupted and run again.
 */
final class PersonalDataWalk {

    /** A sealed column, its hash column, and the plaintext column it replaced. */
    record Column(String plain, String sealed, String hash, boolean idNumber) {
    }

    /** A table and its sealed columns. */
    record Table(String name, List<Column> columns) {
    }

    static final List<Table> TABLES = List.of(
            new Table("reg_owner", List.of(new Column("id_number", "id_number_enc", "id_number_hash", true),
                    new Column("phone", "phone_enc", "phone_hash", false))),
            new Table("reg_resident", List.of(new Column("phone", "phone_enc", "phone_hash", false))));

    private static final int BATCH = 1_000;

    private final FieldCipher cipher;
    private final BlindIndex index;

    PersonalDataWalk(FieldCipher cipher, BlindIndex index) {
        this.cipher = cipher;
        this.index = index;
    }

    /** Seals the plaintext columns into the sealed ones; returns the rows written. */
    long sealPlaintext(Connection c, Table t) throws SQLException {
        return walk(c, t, true);
    }

    /** Re-seals values not sealed with the active key, and rehashes stale hashes; returns the rows written. */
    long reseal(Connection c, Table t) throws SQLException {
        return walk(c, t, false);
    }

    private long walk(Connection c, Table t, boolean fromPlain) throws SQLException {
        String read = t.columns().stream().map(col -> fromPlain ? col.plain() : col.sealed() + ", " + col.hash())
                .collect(Collectors.joining(", "));
        String select = "select id, " + read + " from " + t.name() + " where id > ? order by id limit " + BATCH;
        String update = "update " + t.name() + " set " + t.columns().stream()
                .map(col -> col.sealed() + " = ?, " + col.hash() + " = ?").collect(Collectors.joining(", "))
                + " where id = ?";
        long written = 0;
        long after = 0;
        try (PreparedStatement query = c.prepareStatement(select); PreparedStatement write = c.prepareStatement(update)) {
            while (true) {
                query.setLong(1, after);
                List<Object[]> changes = new ArrayList<>();
                int rows = 0;
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        after = rs.getLong(1);
                        Object[] change = fromPlain ? fromPlain(rs, t) : resealed(rs, t);
                        if (change != null) {
                            changes.add(change);
                        }
                    }
                }
                for (Object[] change : changes) {
                    for (int i = 0; i < change.length; i++) {
                        write.setObject(i + 1, change[i]);
                    }
                    write.addBatch();
                }
                if (!changes.isEmpty()) {
                    write.executeBatch();
                }
                written += changes.size();
                if (rows < BATCH) {
                    return written;
                }
            }
        }
    }

    private Object[] fromPlain(ResultSet rs, Table t) throws SQLException {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            String plain = rs.getString(i + 2);
            values.add(cipher.seal(plain));
            values.add(hash(t.columns().get(i), plain));
        }
        values.add(rs.getLong(1));
        return values.toArray();
    }

    private Object[] resealed(ResultSet rs, Table t) throws SQLException {
        List<Object> values = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < t.columns().size(); i++) {
            String sealed = rs.getString(2 * i + 2);
            String hash = rs.getString(2 * i + 3);
            String plain = cipher.open(sealed);
            String fresh = hash(t.columns().get(i), plain);
            boolean reseal = !cipher.isSealedWithActiveKey(sealed);
            changed |= reseal || !Objects.equals(fresh, hash);
            values.add(reseal ? cipher.seal(plain) : sealed);
            values.add(fresh);
        }
        values.add(rs.getLong(1));
        return changed ? values.toArray() : null;
    }

    private String hash(Column column, String plain) {
        return column.idNumber() ? index.idNumber(plain) : index.phone(plain);
    }
}
