package org.techbridge.matching.need;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.techbridge.matching.engine.Match;
import org.techbridge.matching.supply.MatchIndex;
import org.techbridge.platform.problem.ProblemException;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** The reverse of matching: the open needs a published achievement could serve, best first. */
@ApplicationScoped
public class NeedsForAchievement {

    /** How many of the most recent open needs are scored for one achievement. */
    static final int NEEDS_SCANNED = 2_000;

    private final MatchIndex index;

    NeedsForAchievement(MatchIndex index) {
        this.index = index;
    }

    public AchievementMatchesView matches(UUID achievementId, int limit) {
        if (index.candidate(achievementId.toString()).isEmpty()) {
            throw ProblemException.notFound("published achievement", achievementId);
        }
        return new AchievementMatchesView(achievementId, scored(achievementId).stream().limit(limit).toList());
    }

    /** Every open need the achievement fits, best first. */
    public List<AchievementMatchesView.NeedMatch> scored(UUID achievementId) {
        List<Need> open = Need.<Need>find("status in ?1", Sort.descending("createdAt"),
                List.of(NeedStatus.OPEN, NeedStatus.MATCHED)).page(Page.ofSize(NEEDS_SCANNED)).list();
        return open.stream()
                .flatMap(need -> index.matchOne(NeedMapper.toQuery(need), achievementId.toString())
                        .map(match -> view(need, match)).stream())
                .sorted(Comparator.comparingDouble(AchievementMatchesView.NeedMatch::score).reversed())
                .toList();
    }

    private static AchievementMatchesView.NeedMatch view(Need need, Match match) {
        return new AchievementMatchesView.NeedMatch(need.id, need.title, need.enterpriseId, match.score(),
                match.breakdown(), match.matchedTerms());
    }
}
