/** The fund's SQL: accounts, journal postings, usages. */
package org.anju.fund.internal;
