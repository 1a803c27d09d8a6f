/** Workforce SQL and measures. */
package org.anju.workforce.internal;
