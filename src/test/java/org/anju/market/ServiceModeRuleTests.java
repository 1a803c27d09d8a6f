package org.anju.market;

import org.anju.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ServiceModeRuleTests {

    @Test
    void enterpriseWithoutAProjectOrACompanyIsRefused() {
        var refused = catchThrowableOfType(InvalidRequestException.class,
                () -> ServiceModeRule.check(ServiceMode.ENTERPRISE, false, false, null, ServiceMode.NONE));
        assertThat(refused.errors().get(0).field()).isEqualTo("companyId");
        assertThat(refused.status()).isEqualTo(422);
    }

    @Test
    void enterpriseWithACompanyToRecordAProjectWithIsAccepted() {
        assertThatCode(() -> ServiceModeRule.check(ServiceMode.ENTERPRISE, false, false, 7L, ServiceMode.NONE))
                .doesNotThrowAnyException();
        assertThatCode(() -> ServiceModeRule.check(ServiceMode.ENTERPRISE, false, true, null, ServiceMode.NONE))
                .doesNotThrowAnyException();
    }

    @Test
    void aServiceStationServesLegacyEstatesOnly() {
        var refused = catchThrowableOfType(InvalidRequestException.class,
                () -> ServiceModeRule.check(ServiceMode.SERVICE_STATION, false, false, null, ServiceMode.NONE));
        assertThat(refused.errors().get(0).messageKey()).isEqualTo("error.serviceMode.stationLegacyOnly");
        assertThatCode(() -> ServiceModeRule.check(ServiceMode.SERVICE_STATION, true, false, null, ServiceMode.NONE))
                .doesNotThrowAnyException();
    }

    @Test
    void theCurrentModeAgainIsNoChange() {
        var refused = catchThrowableOfType(InvalidRequestException.class,
                () -> ServiceModeRule.check(ServiceMode.SELF_MANAGED, false, false, null, ServiceMode.SELF_MANAGED));
        assertThat(refused.errors().get(0).messageKey()).isEqualTo("error.serviceMode.unchanged");
    }
}
