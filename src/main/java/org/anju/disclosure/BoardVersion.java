package org.anju.disclosure;

import java.time.Instant;
import java.time.LocalDate;

/** An entry of a board's history: every version stays, with its date. */
public record BoardVersion(long id, int version, String companyName, LocalDate publishedOn, Instant publishedAt,
                           int missingCount) {
}
