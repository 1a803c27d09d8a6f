package org.anju.disclosure;

import java.time.LocalDate;
import java.util.List;

/**
 * One published version of an estate's board, as the public and the officials read it. No personal data: the
 * manager's phone is the work phone the company publishes.
 *
 * @param missing the §11 items this version leaves out
 * @param stale   whether this version is older than the freshness limit today ({@link BoardFreshness})
 */
public record Board(long id, long estateId, String estateName, String townshipName, int version, Long companyId,
                    String companyName, BoardDraft content, List<DisclosureItem> missing, LocalDate publishedOn,
                    boolean stale) {
}
