package org.anju.demo;

import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo shows developers charged for their unsold houses (Order 165 art. 21, decision 0029): two estates of 城关镇
 * have a newly delivered building whose houses nobody owns, and those houses got no opening deposit of the seeds.
 */
class DemoDeveloperChargesTests extends IntegrationTest {

    @Test
    void theDemoChargesDevelopersForTheHousesOfItsDeliveredBuildings() {
        assertThat(jdbc.sql("select count(*) from fnd_developer_charge where reference like 'DEMO-JF-%'")
                .query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("""
                select count(*) from fnd_developer_charge_house c join fnd_developer_charge g on g.id = c.charge_id
                join fnd_deposit d on d.house_id = c.house_id join fnd_entry e on e.id = d.entry_id
                where g.reference like 'DEMO-JF-%' and e.idempotency_key like 'SEED:%'""")
                .query(Long.class).single()).as("opening deposits of unsold houses").isZero();
    }
}
