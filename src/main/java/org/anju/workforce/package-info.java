/**
 * The property workforce (plan §23, 保障措施(四)): trainings and competitions held for committee members, company
 * staff and officials, who attended and the materials; company staff's skill certificates as the market module
 * records them; and the 最美物业人 selection: nominations by companies, communities and townships, one vote per owner
 * and selection, and the published result on a public page. Committee members' attendance is recorded by the
 * governance module's training records, which a course points at.
 */
package org.anju.workforce;
