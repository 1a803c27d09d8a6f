package org.anju.identity.internal;

import org.anju.identity.AuditChain;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Command line verification of the audit chain, for auditors and cron:
 * {@code java -jar anju.jar --spring.main.web-application-type=none --anju.audit.verify}
 * prints the result and exits 0 when intact, 3 when broken.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

    private final AuditChain chain;
    private final ApplicationContext context;

    AuditVerifyCommand(AuditChain chain, ApplicationContext context) {
        this.chain = chain;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("anju.audit.verify")) {
            return;
        }
        AuditChain.Verification v = chain.verify();
        System.out.println(v.intact()
                ? "audit chain intact: " + v.entries() + " entries, last hash " + v.lastHash()
                : "audit chain BROKEN at entry " + v.firstBadId() + " (" + v.entries() + " entries checked)");
        int code = v.intact() ? 0 : 3;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
