package org.anju.region.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.anju.IntegrationTest;
import org.anju.platform.crypto.BlindIndex;
import org.anju.platform.crypto.FieldCipher;
import org.anju.platform.crypto.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that seals a dev database's plaintext, and the re-encryption of key rotation, on
 * copies of the two tables in a scratch schema (the shared database stays as it is).
 */
class PersonalDataWalkTests extends IntegrationTest {

    private static final String ID = "410927198001011234";
    private static final String PHONE = "13912345678";

    @Autowired
    DataSource dataSource;

    @Autowired
    PersonalDataReencryption reencryption;

    private final BlindIndex index = TestKeys.index();

    @Test
    void theMigrationSealsEveryPlaintextValueAndTheRotationMovesThemToTheNewKey() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try {
                walkOnScratchTables(c, scratch(c));
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("set search_path to default");
                    s.execute("drop schema pii_walk cascade");
                }
            }
        }
    }

    private void walkOnScratchTables(Connection c, JdbcTemplate db) throws SQLException {
        db.update("insert into reg_owner (id, id_number, phone) values (1, ?, ?), (2, '91410927MA00000000', null)", ID, PHONE);
        db.update("insert into reg_resident (id, phone) select g, ? from generate_series(1, 2500) g", PHONE);

        FieldCipher first = TestKeys.cipher("t1");
        new PersonalDataWalk(first, index).sealPlaintext(c, PersonalDataWalk.TABLES.get(0));
        assertThat(new PersonalDataWalk(first, index).sealPlaintext(c, PersonalDataWalk.TABLES.get(1))).isEqualTo(2500);
        assertThat(first.open(db.queryForObject("select id_number_enc from reg_owner where id = 1", String.class)))
                .isEqualTo(ID);
        assertThat(db.queryForObject("select id_number_hash from reg_owner where id = 1", String.class))
                .isEqualTo(index.idNumber(ID));
        assertThat(db.queryForObject("select count(*) from reg_resident where phone_enc like 't1:%' and phone_hash = ?",
                Long.class, index.phone(PHONE))).isEqualTo(2500);
        assertThat(db.queryForObject("select phone_enc from reg_owner where id = 2", String.class)).isNull();

        FieldCipher rotated = TestKeys.cipher("t2", "t1");
        PersonalDataWalk walk = new PersonalDataWalk(rotated, index);
        long moved = 0;
        for (PersonalDataWalk.Table t : PersonalDataWalk.TABLES) {
            moved += walk.reseal(c, t);
        }
        assertThat(moved).isEqualTo(2502);
        assertThat(db.queryForList("select id_number_enc from reg_owner", String.class)).allMatch(v -> v.startsWith("t2:"));
        assertThat(db.queryForObject("select count(*) from reg_resident where phone_enc like 't2:%'", Long.class))
                .isEqualTo(2500);
        FieldCipher newOnly = TestKeys.cipher("t2");
        assertThat(newOnly.open(db.queryForObject("select id_number_enc from reg_owner where id = 1", String.class)))
                .isEqualTo(ID);
        assertThat(walk.reseal(c, PersonalDataWalk.TABLES.get(0)) + walk.reseal(c, PersonalDataWalk.TABLES.get(1)))
                .as("a second run finds nothing to do").isZero();

        BlindIndex newHashKey = new BlindIndex(TestKeys.key("hash2"));
        assertThat(new PersonalDataWalk(newOnly, newHashKey).reseal(c, PersonalDataWalk.TABLES.get(0))).isEqualTo(2);
        assertThat(db.queryForObject("select id_number_hash from reg_owner where id = 1", String.class))
                .isEqualTo(newHashKey.idNumber(ID));
    }

    @Test
    void theReencryptionCommandFindsTheLoadedRegisterAlreadyUnderTheActiveKey() throws SQLException {
        fixtures.owner("密钥业主", fixtures.unique("41092719"), "13600001111");
        assertThat(reencryption.reencrypt()).isZero();
    }

    /** Empty copies of the two tables' shape before the migration, in a schema of their own. */
    private static JdbcTemplate scratch(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop schema if exists pii_walk cascade");
            s.execute("create schema pii_walk");
            s.execute("set search_path to pii_walk");
            s.execute("""
                    create table reg_owner (id bigint primary key, id_number varchar(18), phone varchar(11),
                        id_number_enc text, id_number_hash varchar(22), phone_enc text, phone_hash varchar(22))""");
            s.execute("""
                    create table reg_resident (id bigint primary key, phone varchar(11), phone_enc text,
                        phone_hash varchar(22))""");
        }
        return new JdbcTemplate(new SingleConnectionDataSource(c, true));
    }
}
