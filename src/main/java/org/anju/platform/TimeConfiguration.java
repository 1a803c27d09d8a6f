package org.anju.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every deadline reads today from: China Standard Time, whatever the server's zone.
 * A test that needs another day replaces this bean.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** The county's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
