package org.anju.stats;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo data only: moves a supervision task into the past (an overdue task cannot be assigned through the API). */
@Component
public class StatsSeeds {

    private final JdbcClient jdbc;

    StatsSeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void backdate(long taskId, LocalDate assignedOn, LocalDate dueOn) {
        jdbc.sql("update sts_task set assigned_on = ?, due_on = ?, working_days = null where id = ?")
                .params(assignedOn, dueOn, taskId).update();
        jdbc.sql("update sts_task_event set at = ? where task_id = ? and kind = 'ASSIGNED'")
                .params(java.sql.Timestamp.valueOf(assignedOn.atTime(9, 0)), taskId).update();
    }
}
