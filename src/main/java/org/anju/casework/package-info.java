/**
 * Complaints and work orders (投诉/工单): intake from owners and clerks, dispatch by the responsibility list
 * (权责清单), handling within deadlines counted on the working-day calendar, rating, and supervision
 * (plan §1, §4, §21; rules.md §7, §8).
 */
package org.anju.casework;
