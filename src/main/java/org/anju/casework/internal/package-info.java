/** Casework's SQL. */
package org.anju.casework.internal;
