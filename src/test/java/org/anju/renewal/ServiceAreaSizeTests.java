package org.anju.renewal;

import java.math.BigDecimal;
import org.anju.renewal.ServiceAreaSize.Fit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Plan §20: about 30 000 m² of building area per service area, within the county's tolerance. */
class ServiceAreaSizeTests {

    static final BigDecimal TARGET = new BigDecimal("30000");

    private static ServiceAreaSize check(String total) {
        return ServiceAreaSize.check(new BigDecimal(total), TARGET, 20);
    }

    @Test
    void anAreaWithinTheToleranceIsAboutRightTheEdgesIncluded() {
        assertThat(check("30000.00")).isEqualTo(new ServiceAreaSize(Fit.ABOUT_RIGHT, new BigDecimal("0.0")));
        assertThat(check("24000.00").fit()).isEqualTo(Fit.ABOUT_RIGHT);
        assertThat(check("36000.00").fit()).isEqualTo(Fit.ABOUT_RIGHT);
    }

    @Test
    void anAreaFurtherOffIsTooSmallOrTooLarge() {
        assertThat(check("23900.00")).isEqualTo(new ServiceAreaSize(Fit.TOO_SMALL, new BigDecimal("-20.3")));
        assertThat(check("36100.00")).isEqualTo(new ServiceAreaSize(Fit.TOO_LARGE, new BigDecimal("20.3")));
        assertThat(check("18500.00").fit()).isEqualTo(Fit.TOO_SMALL);
    }

    @Test
    void anAreaWithoutEstatesIsEmptyAndTheCountysToleranceDecides() {
        assertThat(ServiceAreaSize.check(BigDecimal.ZERO, TARGET, 20).fit()).isEqualTo(Fit.EMPTY);
        assertThat(ServiceAreaSize.check(new BigDecimal("23900"), TARGET, 25).fit()).isEqualTo(Fit.ABOUT_RIGHT);
    }
}
