/**
 * Tenders for preliminary property management (前期物业管理招投标, plan §11): the tender with its service
 * requirements and scoring scheme, sealed bids until opening, an expert panel drawn at random from the county's
 * pool without conflicted experts, scores, and the published award ({@link org.anju.tender.TenderAwarded}).
 */
package org.anju.tender;
