package org.anju.region.generator;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** Writes generated tables with PostgreSQL COPY and keeps the id sequences ahead of the ids used. */
public final class CopyWriter {

    private static final String[] SEQUENCES = {"reg_region_id_seq", "reg_estate_id_seq", "reg_management_area_id_seq",
            "reg_building_id_seq", "reg_house_id_seq", "reg_owner_id_seq", "reg_resident_id_seq"};

    private final Connection connection;
    private final CopyManager copy;

    public CopyWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** The next id of each table, taken from its sequence. */
    public Ids start() throws SQLException {
        long[] next = new long[SEQUENCES.length];
        try (Statement s = connection.createStatement()) {
            for (int i = 0; i < SEQUENCES.length; i++) {
                try (var rs = s.executeQuery("select nextval('" + SEQUENCES[i] + "')")) {
                    rs.next();
                    next[i] = rs.getLong(1);
                }
            }
        }
        Ids ids = new Ids();
        ids.region = next[0];
        ids.estate = next[1];
        ids.area = next[2];
        ids.building = next[3];
        ids.house = next[4];
        ids.owner = next[5];
        ids.resident = next[6];
        return ids;
    }

    public void write(List<Table> tables) throws SQLException, IOException {
        for (Table t : tables) {
            if (t.rows() > 0) {
                copy.copyIn(t.copySql(), new StringReader(t.text()));
            }
        }
    }

    /** Moves each sequence to the next unused id, so that later inserts do not collide. */
    public void finish(Ids ids) throws SQLException {
        long[] next = {ids.region, ids.estate, ids.area, ids.building, ids.house, ids.owner, ids.resident};
        try (Statement s = connection.createStatement()) {
            for (int i = 0; i < SEQUENCES.length; i++) {
                s.execute("select setval('" + SEQUENCES[i] + "', " + next[i] + ", false)");
            }
        }
    }
}
