/**
 * Statistics: the coverage dashboard of the plan's three rates (committee formation, service coverage, Party
 * coverage) per township, measured live from the governance, market and party modules, against targets as data.
 */
package org.anju.stats;
