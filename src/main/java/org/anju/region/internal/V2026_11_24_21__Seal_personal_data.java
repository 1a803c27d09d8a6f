package org.anju.region.internal;

import org.anju.platform.crypto.BlindIndex;
import org.anju.platform.crypto.FieldCipher;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration: seals the ID numbers and phones a database already holds in the clear (dev
 * and demo databases from before docs/decisions/0004). A Spring bean, which Spring Boot hands to
 * Flyway, so that it uses the configured keys; the class name gives Flyway its version.
 */
@Component
public class V2026_11_24_21__Seal_personal_data extends BaseJavaMigration {

    private final PersonalDataWalk walk;

    V2026_11_24_21__Seal_personal_data(FieldCipher cipher, BlindIndex index) {
        this.walk = new PersonalDataWalk(cipher, index);
    }

    @Override
    public void migrate(Context context) throws Exception {
        for (PersonalDataWalk.Table t : PersonalDataWalk.TABLES) {
            walk.sealPlaintext(context.getConnection(), t);
        }
    }
}
