package org.anju.casework;

import org.anju.casework.internal.CaseStore.Row;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes what other modules listen to: {@link CaseClosed} for a complaint about a property company. */
@Component
class CaseEvents {

    private final ApplicationEventPublisher publisher;

    CaseEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void closed(Row r) {
        if (r.bodyKind() == BodyKind.COMPANY && r.companyId() != null) {
            boolean onTime = r.resolvedAt() != null && !r.resolvedAt().isAfter(r.dueAt());
            publisher.publishEvent(new CaseClosed(r.id(), r.companyId(), r.estateId(), r.category(), r.rating(),
                    onTime, r.closedAt()));
        }
    }
}
