/**
 * Region: the register of places and owners (plan §22): the region tree (county → township →
 * community), estates, management areas, buildings, houses, owners and residents. Every read
 * is scoped by the caller's {@link org.anju.identity.Jurisdiction} in the query itself.
 */
package org.anju.region;
