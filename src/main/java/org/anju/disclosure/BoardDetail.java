package org.anju.disclosure;

import java.util.List;

/**
 * An estate's board for the console: the current version (null before the first publication), every version
 * with its date, and the violations recorded against it.
 */
public record BoardDetail(long estateId, String estateName, String townshipName, Board current,
                          List<BoardVersion> versions, List<Violation> violations) {
}
