/**
 * Market: property companies (details, staff, the county's bar from new projects), the projects through which they
 * serve estates (manager, fee regime, fee items, service-mode history), and service contracts (filing with the
 * county, review, termination with the Civil Code's notice, handover inspection) (plan §6, §9–§11). Public API:
 * {@link org.anju.market.Companies}, {@link org.anju.market.Projects}, {@link org.anju.market.Contracts},
 * {@link org.anju.market.ServiceModes}. Tenders and disclosure boards live in their own modules.
 */
package org.anju.market;
