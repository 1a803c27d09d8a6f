package org.anju.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The coverage dashboard's figures: the jurisdiction's total and one row per township, with the
 * targets by year and each row's gap to them.
 */
public record Coverage(Row total, List<Row> townships, Map<Integer, Map<CoverageRate, BigDecimal>> targets) {

    /** One township (or the total, id null): counts of estates and the three rates. */
    public record Row(Long id, String name, long estates, long withCommittee, long withService, long withParty,
                      BigDecimal committeeFormationRate, BigDecimal serviceCoverageRate,
                      BigDecimal partyCoverageRate, Map<Integer, Map<CoverageRate, BigDecimal>> gaps) {

        public static Row of(Long id, String name, long estates, long committee, long service, long party,
                             Map<Integer, Map<CoverageRate, BigDecimal>> targets) {
            BigDecimal c = CoverageRate.of(committee, estates);
            BigDecimal s = CoverageRate.of(service, estates);
            BigDecimal p = CoverageRate.of(party, estates);
            Map<Integer, Map<CoverageRate, BigDecimal>> gaps = new java.util.TreeMap<>();
            targets.forEach((year, t) -> gaps.put(year, Map.of(
                    CoverageRate.COMMITTEE, gap(c, t.get(CoverageRate.COMMITTEE)),
                    CoverageRate.SERVICE, gap(s, t.get(CoverageRate.SERVICE)),
                    CoverageRate.PARTY, gap(p, t.get(CoverageRate.PARTY)))));
            return new Row(id, name, estates, committee, service, party, c, s, p, gaps);
        }

        /** How far below the target (0 when reached). */
        private static BigDecimal gap(BigDecimal rate, BigDecimal target) {
            return target == null ? BigDecimal.ZERO.setScale(4) : target.subtract(rate).max(BigDecimal.ZERO).setScale(4);
        }

        public BigDecimal rate(CoverageRate r) {
            return switch (r) {
                case COMMITTEE -> committeeFormationRate;
                case SERVICE -> serviceCoverageRate;
                case PARTY -> partyCoverageRate;
            };
        }

        /** Below any target of that year. */
        public boolean lagging(Map<CoverageRate, BigDecimal> yearTargets) {
            return yearTargets != null && yearTargets.entrySet().stream()
                    .anyMatch(t -> rate(t.getKey()).compareTo(t.getValue()) < 0);
        }
    }

    /** One estate of a township's drill-down: covered or not by each of the three. */
    public record EstateRow(long id, String name, String communityName, boolean committee, boolean service,
                            boolean party) {
    }

    /** The whole scope on one date of the trend. */
    public record Point(java.time.LocalDate asOf, long estates, long withCommittee, long withService, long withParty,
                        BigDecimal committeeFormationRate, BigDecimal serviceCoverageRate,
                        BigDecimal partyCoverageRate) {

        public static Point of(java.time.LocalDate asOf, long estates, long committee, long service, long party) {
            return new Point(asOf, estates, committee, service, party, CoverageRate.of(committee, estates),
                    CoverageRate.of(service, estates), CoverageRate.of(party, estates));
        }

        public BigDecimal rate(CoverageRate r) {
            return switch (r) {
                case COMMITTEE -> committeeFormationRate;
                case SERVICE -> serviceCoverageRate;
                case PARTY -> partyCoverageRate;
            };
        }
    }
}
