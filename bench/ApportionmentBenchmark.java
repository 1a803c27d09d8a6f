import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.anju.fund.Apportionment;

/**
 * One usage's cost apportioned over 10 000 houses by exclusive area (issue 8, target: at most 100 ms), with
 * {@code Apportionment.split} as the usage approval calls it. Run by bench/fund-apportionment-benchmark.sh; the
 * exactness of the result is ApportionmentTests', the time is only here.
 */
public class ApportionmentBenchmark {

    public static void main(String[] args) {
        int houses = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        SplittableRandom random = new SplittableRandom(8);
        List<BigDecimal> areas = new ArrayList<>();
        for (int i = 0; i < houses; i++) {
            areas.add(BigDecimal.valueOf(3000 + random.nextInt(15000), 2));
        }
        BigDecimal total = new BigDecimal("1234567.89");
        for (int warm = 0; warm < 20; warm++) {
            Apportionment.split(total, areas);
        }
        double best = Double.MAX_VALUE;
        double sum = 0;
        int runs = 50;
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            List<BigDecimal> shares = Apportionment.split(total, areas);
            double ms = (System.nanoTime() - t0) / 1e6;
            best = Math.min(best, ms);
            sum += ms;
            if (shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(total) != 0) {
                throw new IllegalStateException("shares do not sum to the total");
            }
        }
        System.out.printf("BENCH apportionment over %d houses: best %.2f ms, mean %.2f ms over %d runs (target <= 100 ms)%n",
                houses, best, sum / runs, runs);
    }
}
