/** Old estates SQL. */
package org.anju.renewal.internal;
