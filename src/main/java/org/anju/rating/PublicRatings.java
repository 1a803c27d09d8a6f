package org.anju.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.rating.RatingView.PublicRating;
import org.anju.rating.RatingView.PublicRecord;
import org.anju.rating.internal.PublicStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public record of stars (plan §12: 星级评定 ... 通过平台开展; the rating is public): every project's valid
 * star with its dates and score per section, a project's history and its company's commendations. No login, no
 * personal data.
 */
@Service
@Transactional(readOnly = true)
public class PublicRatings {

    private final PublicStore store;
    private final Commendations commendations;
    private final Clock clock;

    PublicRatings(PublicStore store, Commendations commendations, Clock clock) {
        this.store = store;
        this.commendations = commendations;
        this.clock = clock;
    }

    public PageResult<PublicRating> list(Integer star, String text, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return new PageResult<>(store.list(star, text, today, page), store.count(star, text, today), page.page(),
                page.size());
    }

    /** A project's public record; 404 when it was never given a star. */
    public PublicRecord record(long projectId) {
        List<PublicRating> history = store.history(projectId);
        if (history.isEmpty()) {
            throw new NotFoundException("rating", projectId);
        }
        PublicRating current = store.current(projectId, LocalDate.now(clock)).orElse(null);
        return new PublicRecord(current, history, commendations.published(companyOf(projectId), 20));
    }

    /** The company of the project's latest rating, or null. */
    public Long companyOf(long projectId) {
        return store.companyOf(projectId);
    }

    /** The latest commendations of every county. */
    public List<RatingView.Commendation> commendations(int limit) {
        return commendations.published(null, limit);
    }
}
