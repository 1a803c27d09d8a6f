package org.anju.fund;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount over weights exactly to the fen (Order 165 art. 20: the houses share a cost by exclusive area;
 * interest is shared by balance and days). The remainder rule, written down once (largest remainder, Hamilton):
 * <ol>
 *   <li>each share is first its exact value {@code total × weight / Σ weights} rounded <em>down</em> to the fen;</li>
 *   <li>the fens left over (always fewer than the number of positive weights) go one each to the shares with the
 *       largest fractional remainder;</li>
 *   <li>equal remainders: the larger weight first, then the earlier position (callers pass houses in id order).</li>
 * </ol>
 * So the shares always sum to the total, no share differs from its exact value by a fen or more, and a zero weight
 * gets nothing. Pure arithmetic on integers (fens), no floating point.
 */
public final class Apportionment {

    private Apportionment() {
    }

    /**
     * The shares of {@code total} (yuan, at most 2 decimals, ≥ 0) for the weights (each ≥ 0, at least one positive),
     * in the weights' order.
     */
    public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights) {
        if (total == null || total.signum() < 0 || total.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("total must be ≥ 0 yuan with at most 2 decimals: " + total);
        }
        // Weights as integers at a common scale, so that every division is exact integer arithmetic.
        int scale = weights.stream().mapToInt(w -> Math.max(0, w.stripTrailingZeros().scale())).max().orElse(0);
        List<BigInteger> ints = new ArrayList<>(weights.size());
        for (BigDecimal w : weights) {
            if (w == null || w.signum() < 0) {
                throw new IllegalArgumentException("weights must be ≥ 0: " + w);
            }
            ints.add(w.movePointRight(scale).toBigIntegerExact());
        }
        return splitFen(total.movePointRight(2).toBigIntegerExact(), ints).stream()
                .map(f -> new BigDecimal(f, 2)).toList();
    }

    /** The same on integers: {@code fen} split over integer weights, in fens. */
    public static List<BigInteger> splitFen(BigInteger fen, List<BigInteger> weights) {
        long[] w = new long[weights.size()];
        try {
            long total = fen.longValueExact();
            for (int i = 0; i < w.length; i++) {
                w[i] = weights.get(i).longValueExact();
            }
            long[] fast = splitLong(total, w);
            if (fast != null) {
                return java.util.Arrays.stream(fast).mapToObj(BigInteger::valueOf).toList();
            }
        } catch (ArithmeticException e) {
            // a weight or the total beyond long: the exact path below
        }
        return splitBig(fen, weights);
    }

    /**
     * The same on longs, for a batch over many accounts (no boxing): {@code fen} split over the weights, in fens, in
     * long arithmetic when every product fits and exactly in {@link BigInteger} otherwise.
     */
    public static long[] splitFen(long fen, long[] weights) {
        long[] fast = splitLong(fen, weights);
        if (fast != null) {
            return fast;
        }
        List<BigInteger> big = splitBig(BigInteger.valueOf(fen),
                java.util.Arrays.stream(weights).mapToObj(BigInteger::valueOf).toList());
        return big.stream().mapToLong(BigInteger::longValueExact).toArray();
    }

    /** The rule in long arithmetic, when every product fits (the usual case); null when it may not. */
    private static long[] splitLong(long total, long[] w) {
        int n = w.length;
        long sum = 0;
        try {
            for (int i = 0; i < n; i++) {
                if (w[i] < 0) {
                    return null;
                }
                sum = Math.addExact(sum, w[i]);
            }
            if (sum <= 0 || total < 0) {
                return null;
            }
            long[] share = new long[n];
            long[] rem = new long[n];
            long given = 0;
            for (int i = 0; i < n; i++) {
                long p = Math.multiplyExact(total, w[i]);
                share[i] = p / sum;
                rem[i] = p % sum;
                given += share[i];
            }
            int left = Math.toIntExact(total - given);
            if (left > 0) {
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                java.util.Arrays.sort(order, (a, b) -> rem[a] != rem[b] ? Long.compare(rem[b], rem[a])
                        : w[a] != w[b] ? Long.compare(w[b], w[a]) : Integer.compare(a, b));
                for (int k = 0, given2 = 0; given2 < left; k++) {
                    if (w[order[k]] > 0) {
                        share[order[k]]++;
                        given2++;
                    }
                }
            }
            return share;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static List<BigInteger> splitBig(BigInteger fen, List<BigInteger> weights) {
        BigInteger sum = weights.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (sum.signum() <= 0) {
            if (fen.signum() == 0) {
                return weights.stream().map(w -> BigInteger.ZERO).toList();
            }
            throw new IllegalArgumentException("no positive weight to share " + fen + " fen");
        }
        int n = weights.size();
        List<BigInteger> shares = new ArrayList<>(n);
        List<BigInteger> remainders = new ArrayList<>(n);
        BigInteger given = BigInteger.ZERO;
        for (BigInteger w : weights) {
            BigInteger[] qr = fen.multiply(w).divideAndRemainder(sum);
            shares.add(qr[0]);
            remainders.add(qr[1]);
            given = given.add(qr[0]);
        }
        int left = fen.subtract(given).intValueExact();
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (weights.get(i).signum() > 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(remainders::get).reversed()
                .thenComparing(Comparator.<Integer, BigInteger>comparing(weights::get).reversed())
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; k < left; k++) {
            int i = order.get(k);
            shares.set(i, shares.get(i).add(BigInteger.ONE));
        }
        return shares;
    }
}
