/**
 * Demo: the Taiqian sample data and demo accounts of the {@code demo} profile (the default run),
 * and the command that generates the same shape at county, city or province scale for the
 * benchmarks ({@code bench/generate.sh}). Uses only the public APIs of region, market and identity.
 */
package org.anju.demo;
