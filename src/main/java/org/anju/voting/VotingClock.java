package org.anju.voting;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock the voting module reads: the application's Clock bean if there is one, else Asia/Shanghai's. */
@Configuration(proxyBeanMethods = false)
class VotingClock {

    /** A holder, so that this module never adds a second Clock bean beside the application's. */
    record VotingTime(Clock clock) {
    }

    @Bean
    VotingTime votingTime(ObjectProvider<Clock> clock) {
        return new VotingTime(clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Shanghai"))));
    }
}
