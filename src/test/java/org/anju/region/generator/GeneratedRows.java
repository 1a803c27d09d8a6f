package org.anju.region.generator;

import java.util.Arrays;
import java.util.List;

/** The demo county generated in memory (no database), and its rows split into columns. */
final class GeneratedRows {

    static final long SEED = 20_221_019L;
    private static CountyRows taiqian;

    private GeneratedRows() {
    }

    static synchronized CountyRows taiqian() {
        if (taiqian == null) {
            taiqian = generate(SEED);
        }
        return taiqian;
    }

    static CountyRows generate(long seed) {
        return RegisterPlan.of(1, 30_000, seed, Ids.fresh()).county(0);
    }

    static List<String[]> of(Table table) {
        String text = table.text();
        return Arrays.stream(text.split("\n")).map(line -> line.split("\t", -1)).toList();
    }
}
