/** The voting module's SQL. */
package org.anju.voting.internal;
