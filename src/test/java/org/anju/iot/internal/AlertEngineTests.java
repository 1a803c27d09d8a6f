package org.anju.iot.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.anju.iot.DeviceKind;
import org.anju.iot.IotView.Rule;
import org.anju.iot.RuleType;
import org.anju.iot.Severity;
import org.anju.iot.internal.AlertEngine.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The alert rules at their edges, and the payload contract. */
class AlertEngineTests {

    static final Rule LEVEL_LOW = new Rule(1, DeviceKind.WATER_TANK, "LEVEL_LOW", RuleType.THRESHOLD, "level", "BELOW",
            new BigDecimal("20"), null, null, Severity.MEDIUM, true);
    static final Rule TRAPPED = new Rule(2, DeviceKind.LIFT, "TRAPPED", RuleType.EVENT, null, null, null, "TRAPPED",
            null, Severity.CRITICAL, true);
    static final Rule OFFLINE = new Rule(3, DeviceKind.LIFT, "OFFLINE", RuleType.OFFLINE, null, null, null, null, 10,
            Severity.MEDIUM, true);
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T10:00:00+08:00");

    @Test
    void aTankExactlyAtItsThresholdIsNotLowButJustBelowIs() {
        assertThat(verdict(LEVEL_LOW, Map.of("level", new BigDecimal("20")), List.of())).isEqualTo(Verdict.CLEARS);
        assertThat(verdict(LEVEL_LOW, Map.of("level", new BigDecimal("19.99")), List.of())).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void aReadingWithoutTheMetricSaysNothingAboutItsThreshold() {
        assertThat(verdict(LEVEL_LOW, Map.of("temperature", BigDecimal.ONE), List.of())).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void anEventHoldsWhileReportedAndClearsWhenAReadingNoLongerCarriesIt() {
        assertThat(verdict(TRAPPED, Map.of(), List.of("TRAPPED", "FAULT"))).isEqualTo(Verdict.HOLDS);
        assertThat(verdict(TRAPPED, Map.of("floor", BigDecimal.ONE), List.of())).isEqualTo(Verdict.CLEARS);
    }

    @Test
    void anyMessageClearsOfflineAndADisabledRuleNeverHolds() {
        assertThat(verdict(OFFLINE, Map.of(), List.of())).isEqualTo(Verdict.CLEARS);
        Rule off = new Rule(2, DeviceKind.LIFT, "TRAPPED", RuleType.EVENT, null, null, null, "TRAPPED", null,
                Severity.CRITICAL, false);
        assertThat(verdict(off, Map.of(), List.of("TRAPPED"))).isEqualTo(Verdict.CLEARS);
    }

    @Test
    void aDeviceIsOfflineAfterExactlyItsKindsMinutesOfSilence() {
        long seen = NOW.toInstant().toEpochMilli();
        assertThat(AlertEngine.offline(OFFLINE, seen, seen + 10 * 60_000L - 1)).isFalse();
        assertThat(AlertEngine.offline(OFFLINE, seen, seen + 10 * 60_000L)).isTrue();
    }

    @Test
    void aPayloadCarriesTsMetricsAndEventsAndMayLeaveTsOut() throws Exception {
        Payload p = Payload.parse("""
                {"ts":"2026-11-25T09:59:00+08:00","metrics":{"floor":7,"speed":1.5},"events":["TRAPPED"]}"""
                .getBytes(), NOW);
        assertThat(p.ts()).isEqualTo(OffsetDateTime.parse("2026-11-25T09:59:00+08:00"));
        assertThat(p.metrics()).containsEntry("floor", new BigDecimal("7")).containsEntry("speed", new BigDecimal("1.5"));
        assertThat(p.events()).containsExactly("TRAPPED");
        assertThat(Payload.parse("{\"metrics\":{}}".getBytes(), NOW).ts()).isEqualTo(NOW);
    }

    @Test
    void malformedPayloadsAreRefusedWithAReason() {
        for (String bad : List.of("", "not json", "[1,2]", "{\"ts\":\"yesterday\"}", "{\"metrics\":{\"floor\":\"7\"}}",
                "{\"metrics\":[1]}", "{\"events\":\"TRAPPED\"}", "{\"events\":[1]}",
                "{\"ts\":\"2026-11-25T11:00:00+08:00\"}", "{\"metrics\":{\"a b\":1}}")) {
            assertThatThrownBy(() -> Payload.parse(bad.getBytes(), NOW)).as(bad).isInstanceOf(Payload.Malformed.class);
        }
    }

    private static Verdict verdict(Rule r, Map<String, BigDecimal> metrics, List<String> events) {
        return AlertEngine.evaluate(List.of(r), metrics, events).get(0).verdict();
    }
}
