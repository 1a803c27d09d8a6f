/** The tender module's SQL and its default bidder eligibility. */
package org.anju.tender.internal;
