/** The disclosure module's SQL. */
package org.anju.disclosure.internal;
