package org.anju.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (guarded by {@link JobSlots}); off with anju.scheduling.enabled=false, e.g. in tests. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "anju.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
