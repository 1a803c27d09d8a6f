package org.anju.demo;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.anju.region.DeliveredBuildings;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * New buildings just delivered in the county seat (decision 0029): the two newest estates of 城关镇 that are not old
 * and not yeweihui's each get one building whose 44 houses nobody has bought yet, registered by chengguan through
 * the register's service. Their developers are then charged for the unsold houses (Order 165 art. 21), which
 * {@link SampleFundYear} does, so it must run after this and after the opening deposits.
 */
@Component
class SampleDeliveries {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SampleDeliveries.class);

    private final DeliveredBuildings delivered;
    private final DemoSignIn signIn;
    private final JdbcClient jdbc;

    SampleDeliveries(DeliveredBuildings delivered, DemoSignIn signIn, JdbcClient jdbc) {
        this.delivered = delivered;
        this.signIn = signIn;
        this.jdbc = jdbc;
    }

    void record(County county, long committeeEstate) {
        List<Long> estates = county.townships().get(0).communities().stream().flatMap(c -> c.estates().stream())
                .filter(e -> !e.legacy() && e.id() != committeeEstate).map(Estate::id)
                .sorted(Comparator.reverseOrder()).limit(2).toList();
        for (long estate : estates) {
            String name = freeName(estate);
            signIn.as("chengguan", () -> delivered.register(estate, new DeliveredBuildings.NewBuilding(name, 2, 11, 2,
                    new BigDecimal("89.50"), true, null, null)));
        }
        LOG.info("Deliveries: a new building with unsold houses in estates {}", estates);
    }

    /** The first N号楼 after the estate's buildings that it does not have yet (the demo loads in one transaction). */
    private String freeName(long estate) {
        int n = jdbc.sql("select count(*) from reg_building where estate_id = ?").param(estate).query(Integer.class)
                .single();
        while (true) {
            String name = (++n) + "号楼";
            boolean taken = jdbc.sql("select count(*) from reg_building where estate_id = ? and name = ?")
                    .params(estate, name).query(Long.class).single() > 0;
            if (!taken) {
                return name;
            }
        }
    }
}
