package org.anju.inspection.internal;

import java.time.LocalDate;
import java.util.List;
import org.anju.platform.measure.ProjectEvidence;
import org.anju.platform.measure.ProjectEvidenceSource;
import org.springframework.stereotype.Component;

/** The star raters see the project's random inspections in the period: how many, problems found, rectified. */
@Component
class InspectionEvidence implements ProjectEvidenceSource {

    private final InspectionStore store;

    InspectionEvidence(InspectionStore store) {
        this.store = store;
    }

    @Override
    public List<ProjectEvidence> evidence(long projectId, long companyId, long estateId, LocalDate from, LocalDate to) {
        long[] n = store.projectFindings(projectId, from, to);
        if (n[0] == 0) {
            return List.of();
        }
        return List.of(new ProjectEvidence("evidence.source.inspection", "双随机抽查",
                n[0] + " 次, 发现问题 " + n[1] + " 项, 已整改销号 " + n[2] + " 项", "/console/inspections?projectId=" + projectId));
    }
}
