package org.anju.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (guarded by {@link JobSlots}); off with anju.scheduling.enabled=false. Spring Session's JDBC
 * configuration enables scheduling by itself, so to silence one job its cron property is set to "-" as well
 * (application-test.properties does so for every job).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "anju.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
