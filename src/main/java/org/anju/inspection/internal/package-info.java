/** The inspection module's SQL and the measures and evidence it offers. */
package org.anju.inspection.internal;
