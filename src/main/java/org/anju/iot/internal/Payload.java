package org.anju.iot.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A device's message, {@code {"ts": ISO-8601, "metrics": {name: number}, "events": [code]}} (docs/iot.md).
 * ts may be left out (the time of receipt is taken); metrics and events may be empty. Anything else is
 * refused with a {@link Malformed} naming why.
 */
public record Payload(OffsetDateTime ts, Map<String, BigDecimal> metrics, List<String> events) {

    /** Most metrics and events a message may carry; a device that sends more is broken. */
    static final int MAX_ITEMS = 32;
    static final int MAX_BYTES = 16 * 1024;
    /** How far ahead of our clock a device's ts may run. */
    static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(10);
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Why a message was refused. */
    public static final class Malformed extends Exception {
        public Malformed(String why) {
            super(why, null, false, false);
        }
    }

    public static Payload parse(byte[] bytes, OffsetDateTime now) throws Malformed {
        if (bytes == null || bytes.length == 0) {
            throw new Malformed("empty payload");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Malformed("payload larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new Malformed("not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new Malformed("not a JSON object");
        }
        OffsetDateTime ts = now;
        JsonNode t = root.get("ts");
        if (t != null && !t.isNull()) {
            if (!t.isString()) {
                throw new Malformed("ts is not an ISO-8601 string");
            }
            try {
                ts = OffsetDateTime.parse(t.asString());
            } catch (DateTimeParseException e) {
                throw new Malformed("ts is not an ISO-8601 date-time with offset");
            }
            if (ts.isAfter(now.plus(MAX_CLOCK_AHEAD))) {
                throw new Malformed("ts is in the future");
            }
        }
        Map<String, BigDecimal> metrics = new LinkedHashMap<>();
        JsonNode m = root.get("metrics");
        if (m != null && !m.isNull()) {
            if (!m.isObject() || m.size() > MAX_ITEMS) {
                throw new Malformed("metrics is not an object of at most " + MAX_ITEMS + " numbers");
            }
            for (var e : m.properties()) {
                if (!NAME.matcher(e.getKey()).matches() || !e.getValue().isNumber()) {
                    throw new Malformed("metric " + e.getKey() + " is not a named number");
                }
                BigDecimal v = e.getValue().decimalValue();
                if (v.abs().compareTo(new BigDecimal("1e9")) >= 0) {
                    throw new Malformed("metric " + e.getKey() + " out of range");
                }
                metrics.put(e.getKey(), v.setScale(Math.min(Math.max(v.scale(), 0), 4), java.math.RoundingMode.HALF_UP));
            }
        }
        List<String> events = new ArrayList<>();
        JsonNode ev = root.get("events");
        if (ev != null && !ev.isNull()) {
            if (!ev.isArray() || ev.size() > MAX_ITEMS) {
                throw new Malformed("events is not an array of at most " + MAX_ITEMS + " codes");
            }
            for (JsonNode code : ev) {
                if (!code.isString() || !NAME.matcher(code.asString()).matches()) {
                    throw new Malformed("event code is not a word");
                }
                if (!events.contains(code.asString())) {
                    events.add(code.asString());
                }
            }
        }
        // PostgreSQL keeps microseconds (and rounds the rest): keep what it keeps, so that ts compares equal
        return new Payload(ts.truncatedTo(java.time.temporal.ChronoUnit.MICROS), metrics, List.copyOf(events));
    }
}
