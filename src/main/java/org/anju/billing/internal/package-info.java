/** Billing's SQL. */
package org.anju.billing.internal;
