package org.anju.market;

import org.anju.platform.InvalidRequestException;

/**
 * What a mode change must satisfy (plan §6, §20). ENTERPRISE needs a company's active project (or a
 * company to record one with); SERVICE_STATION is for legacy estates only: a newer estate is expected
 * to have a company or to manage itself, so a station there is refused rather than warned about.
 */
final class ServiceModeRule {

    private ServiceModeRule() {
    }

    static void check(ServiceMode mode, boolean legacy, boolean hasProject, Long companyId, ServiceMode current) {
        if (mode == null) {
            throw InvalidRequestException.field("mode", "error.serviceMode.mode");
        }
        if (mode == current && mode != ServiceMode.ENTERPRISE) {
            throw InvalidRequestException.rule("mode", "error.serviceMode.unchanged");
        }
        if (mode == ServiceMode.ENTERPRISE && !hasProject && companyId == null) {
            throw InvalidRequestException.rule("companyId", "error.serviceMode.projectRequired");
        }
        if (mode == ServiceMode.SERVICE_STATION && !legacy) {
            throw InvalidRequestException.rule("mode", "error.serviceMode.stationLegacyOnly");
        }
    }
}
