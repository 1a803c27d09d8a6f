/** Garbage sorting's SQL and measures. */
package org.anju.garbage.internal;
