package org.anju.platform.measure;

import java.time.LocalDate;
import java.util.List;

/**
 * Facts one module knows about a property project (a company serving an estate) over a period: complaints and their
 * satisfaction, inspection findings, the disclosure board's completeness, the company's credit grade. The star
 * rating shows every source's facts to its raters; the sources never see the rating.
 */
public interface ProjectEvidenceSource {

    /** The facts for the project over the days {@code from} to {@code to} inclusive; empty when the source has none. */
    List<ProjectEvidence> evidence(long projectId, long companyId, long estateId, LocalDate from, LocalDate to);
}
