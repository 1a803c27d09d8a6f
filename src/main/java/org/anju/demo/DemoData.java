package org.anju.demo;

import org.anju.region.RegisterGenerator.Generated;
import org.anju.region.RegisterGenerator.Scale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the Taiqian demo (about 120 estates, 30 000 houses and owners, 8 property companies, the
 * county's departments and the demo accounts of {@link DemoAccounts}) when the demo profile runs
 * on a database with no regions yet. All or nothing: a failed load leaves nothing and is retried
 * at the next start; a restart over loaded data changes nothing.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final SampleData sample;
    private final TransactionTemplate transaction;

    DemoData(SampleData sample, TransactionTemplate transaction) {
        this.sample = sample;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!sample.registerIsEmpty()) {
            log.info("Demo data: the register already holds regions, nothing loaded");
            return;
        }
        long started = System.nanoTime();
        Generated g = transaction.execute(status -> sample.load(Scale.county(), SampleData.SEED));
        log.info("Demo data: 台前县 with {} houses and {} owners loaded in {} ms", g.houses(), g.owners(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
