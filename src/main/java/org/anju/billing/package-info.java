/**
 * Billing: property fees (物业费) per project, monthly bills per house generated in an idempotent batch,
 * payments with receipts, arrears handled by the dated steps the law allows (never cutting utilities,
 * Civil Code art. 944), wilful-arrears records with the owner's objection, collection rates, and the
 * estate's common-income account (arts. 282-283). Plan §9, §11.
 */
package org.anju.billing;
