package org.anju.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the township assessment returns, shaped for the API and the pages. */
public final class AssessmentView {

    private AssessmentView() {
    }

    /** Where a year's assessment stands. Message key {@code assessment.status.NAME}. */
    public enum Status {
        /** 进行中: indicators editable, scores computed and entered. */
        OPEN,
        /** 已审定: the county approved the scores; nothing changes any more. */
        APPROVED,
        /** 已公布: the ranking is public. */
        PUBLISHED
    }

    /** How an indicator is scored. */
    public enum Kind {
        /** From a measure of the platform's own data, by a {@link ScoreRule}. */
        FORMULA,
        /** Entered by the assessors, with evidence. */
        ENTERED
    }

    /** One indicator of a year's system; measure fields null for an entered one. */
    public record Indicator(long id, String name, BigDecimal weight, Kind kind, String measureCode, ScoreRule rule,
                            BigDecimal target, String hint, int sortOrder) {
    }

    /** A measure bean present at runtime, for the indicator form. */
    public record Measure(String code, String messageKey, String unit) {
    }

    /** One township's total and rank. */
    public record Ranked(long townshipId, String townshipName, BigDecimal total, int rank) {
    }

    /** A year of one county: its state, indicators and ranking (a township before publication: its own row). */
    public record Overview(long countyId, int year, Status status, Instant computedAt, Instant approvedAt,
                           Instant publishedAt, BigDecimal totalWeight, List<Indicator> indicators,
                           List<Ranked> ranking) {
    }

    /**
     * One township's result on one indicator: value null and missing true when the measure has no bean;
     * value null and missing false when it had nothing to measure; points null until computed or entered.
     */
    public record Line(Indicator indicator, BigDecimal value, boolean missing, BigDecimal points, BigDecimal lost,
                       String evidenceText, String evidenceName, String enteredBy, Instant enteredAt) {
    }

    /** One township's breakdown, with the indicators that lost most points first in {@code improve}. */
    public record Breakdown(int year, Status status, long townshipId, String townshipName, BigDecimal total,
                            Integer rank, int townships, List<Line> lines, List<Line> improve) {
    }

    /** A county's published ranking, for the public page. */
    public record Published(String countyName, int year, Instant publishedAt, List<Ranked> ranking) {
    }
}
