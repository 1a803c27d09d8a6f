package org.anju.credit;

import java.time.LocalDate;

/**
 * Published by the inspection module when an inspection of a company's project ends, once per inspection: the
 * worst finding decides the credit event. The record lives here so that inspection depends on credit and never the
 * reverse.
 *
 * @param inspectionId the inspection (source of the event)
 * @param outcome      CLEAN (no problem), MINOR or SERIOUS
 * @param problems     how many checklist items failed
 */
public record InspectionFindingReported(long inspectionId, long companyId, long projectId, long estateId,
                                        String regionPath, String outcome, int problems, LocalDate finishedOn) {
}
