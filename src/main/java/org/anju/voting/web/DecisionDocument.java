package org.anju.voting.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.pdf.HtmlPdf;
import org.anju.voting.VoteStatus;
import org.anju.voting.VoteView.Result;
import org.anju.voting.VoteView.Vote;
import org.anju.voting.Votes;
import org.springframework.stereotype.Component;

/** The decision document (表决决定) of a closed vote as PDF: the counts of each motion and the rule applied. */
@Component
class DecisionDocument {

    private final Votes votes;
    private final HtmlPdf pdf;
    private final Clock clock;

    DecisionDocument(Votes votes, HtmlPdf pdf, Clock clock) {
        this.votes = votes;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** Access as for the result (supervisors; owners once published); a vote still open has no decision (422). */
    byte[] render(long id) {
        Result result = votes.result(id);
        Vote vote = votes.get(id);
        if (vote.status() != VoteStatus.CLOSED && vote.status() != VoteStatus.PUBLISHED) {
            throw InvalidRequestException.rule("status", "vote.error.notClosed");
        }
        return pdf.render("voting/decision-pdf", Map.of("vote", vote, "result", result, "generatedAt",
                LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
    }
}
