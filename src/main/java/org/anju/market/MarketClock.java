package org.anju.market;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** "Today" in Asia/Shanghai, from the application's {@link Clock} bean where there is one. */
@Component
class MarketClock {

    private final Clock clock;

    MarketClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfUnique(() -> Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
