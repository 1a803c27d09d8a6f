/**
 * Market: property companies and the projects through which they serve estates (plan §6, §9–§11).
 * This first cut holds what jurisdiction needs; contracts, tenders and disclosures follow.
 */
package org.anju.market;
