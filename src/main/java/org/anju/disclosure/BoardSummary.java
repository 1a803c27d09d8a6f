package org.anju.disclosure;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of the boards overview: an estate in the caller's jurisdiction with its current board, if any.
 *
 * @param version null when the estate has no board yet
 */
public record BoardSummary(long estateId, String estateName, String townshipName, String communityName,
                           Integer version, String companyName, LocalDate publishedOn, List<DisclosureItem> missing,
                           BoardState state) {
}
