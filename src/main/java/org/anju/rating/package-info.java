/**
 * Star ratings of residential property projects (住宅物业服务星级评定, plan §8) and the government guidance fee each
 * star sets (§9): the county's versioned star standard, rating rounds from the company's self-assessment to the
 * published star, objections, the fee guidance table and the check of every project's fees against it, and
 * commendations ({@link org.anju.rating.CompanyCommended}).
 */
package org.anju.rating;
