package org.anju.region.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.anju.platform.crypto.BlindIndex;
import org.anju.platform.crypto.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Key rotation, step 3 (docs/decisions/0004): {@code java -jar anju.jar
 * --spring.main.web-application-type=none --anju.crypto.reencrypt} re-seals every ID number and
 * phone not yet under the active key, and rehashes any hash made with another hash key, a batch
 * at a time (each batch commits), then exits. Safe to interrupt and to run again.
 */
@Component
class PersonalDataReencryption implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataReencryption.class);

    private final DataSource dataSource;
    private final FieldCipher cipher;
    private final PersonalDataWalk walk;
    private final ApplicationContext context;

    PersonalDataReencryption(DataSource dataSource, FieldCipher cipher, BlindIndex index, ApplicationContext context) {
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.walk = new PersonalDataWalk(cipher, index);
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        if (!args.containsOption("anju.crypto.reencrypt")) {
            return;
        }
        long rows = reencrypt();
        System.out.println("personal data re-encrypted under key '" + cipher.activeKey() + "': " + rows + " rows rewritten");
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    /** Rewrites what is not current; returns the number of rows rewritten (0 on a second run). */
    long reencrypt() throws SQLException {
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            for (PersonalDataWalk.Table t : PersonalDataWalk.TABLES) {
                long n = walk.reseal(c, t);
                log.info("Re-encryption: {} rows of {} rewritten under key '{}'", n, t.name(), cipher.activeKey());
                rows += n;
            }
        }
        return rows;
    }
}
