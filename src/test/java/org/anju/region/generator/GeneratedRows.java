package org.anju.region.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anju.platform.crypto.TestKeys;

/** The demo county generated in memory (no database), and its rows split into columns. */
final class GeneratedRows {

    static final long SEED = 20_221_019L;
    static final PersonalDataSealer SEALER = new PersonalDataSealer(TestKeys.cipher("t1"), TestKeys.index());
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
        return RegisterPlan.of(1, 30_000, seed, Ids.fresh(), SEALER).county(0);
    }

    static List<String[]> of(Table table) {
        String text = table.text();
        return Arrays.stream(text.split("\n")).map(line -> line.split("\t", -1)).toList();
    }

    /**
     * Owners or residents with their sealed columns opened and the hash columns left out, i.e. as
     * (id, kind, name, id_number, phone) and (id, house_id, name, phone, relation, moved_in).
     */
    static List<String[]> opened(Table table) {
        int[] sealed = table.name().equals("reg_owner") ? new int[] {3, 5} : new int[] {3};
        return of(table).stream().map(row -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                int column = i;
                if (Arrays.stream(sealed).anyMatch(s -> s + 1 == column)) {
                    continue;  // the hash beside a sealed value
                }
                boolean isSealed = Arrays.stream(sealed).anyMatch(s -> s == column);
                out.add(isSealed && !row[i].equals("\\N") ? SEALER.cipher().open(row[i]) : row[i]);
            }
            return out.toArray(String[]::new);
        }).toList();
    }
}
