/**
 * Measures that several modules contribute and a few read, kept here so that neither side depends on the other:
 * {@link org.anju.platform.measure.RegionMeasure} (a number per region and period, read by the township
 * assessment and the reports) and {@link org.anju.platform.measure.ProjectEvidenceSource} (facts about one
 * property project, shown to star raters). A module offers one by declaring a bean.
 */
package org.anju.platform.measure;
