/**
 * Garbage sorting in the estates (垃圾分类, plan §21): each estate's sorted bins by kind, transfer arrangements,
 * guides (督导员) and pilot status; the daily clearance checks (日产日清) that a community or the serving company
 * records, with the days missed; coverage per region and the measures {@code garbage.sorting-coverage} and
 * {@code garbage.clearance-rate} for the township assessment.
 */
package org.anju.garbage;
