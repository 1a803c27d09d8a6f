/**
 * Double-random inspections (双随机一公开, plan §11, §12, rules.md §6): the matter list, the directories of targets
 * and inspectors with conflicts, plans whose draw is committed (seed hash) before and revealed after
 * ({@link org.anju.inspection.InspectionDraw}), findings recorded on a phone, results published within 20 working
 * days; and the hazard register (plan §21) fed by findings and complaints. Public API:
 * {@link org.anju.inspection.Inspections}, {@link org.anju.inspection.Hazards}.
 */
package org.anju.inspection;
