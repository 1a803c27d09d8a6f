package org.anju.region.importing;

/**
 * What an import wrote: data rows read, buildings, houses and owners created, owners found
 * already registered (reused by ID number), and ownership links.
 */
record ImportCounts(int rows, int buildings, int houses, int owners, int ownersReused, int ownerships) {
}
