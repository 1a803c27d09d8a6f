package org.anju.region.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.anju.platform.PageResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExcelExportTests {

    @Test
    void pagingStopsAtTheCap() {
        long total = ExcelExport.MAX_ROWS + 50_000L;
        List<Integer> seen = new ArrayList<>();
        ExcelExport.forEach(p -> new PageResult<>(IntStream.range(0, p.size()).boxed().toList(), total, p.page(),
                p.size()), seen::add);
        assertThat(seen).hasSize(ExcelExport.MAX_ROWS);
        assertThat(ExcelExport.count(p -> new PageResult<>(List.of(1), total, 0, 1))).isEqualTo(total);
    }

    @Test
    void pagingStopsAtTheLastShortPage() {
        List<Integer> seen = new ArrayList<>();
        ExcelExport.forEach(p -> new PageResult<>(p.page() < 2 ? IntStream.range(0, p.size()).boxed().toList()
                : List.of(1, 2, 3), 203, p.page(), p.size()), seen::add);
        assertThat(seen).hasSize(203);
    }
}
