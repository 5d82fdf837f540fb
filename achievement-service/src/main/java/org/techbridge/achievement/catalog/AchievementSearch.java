package org.techbridge.achievement.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.techbridge.platform.problem.ProblemException;
import org.techbridge.achievement.search.TextAnalyzer;
import org.techbridge.platform.web.IdPage;
import org.techbridge.platform.web.Page;
import org.techbridge.platform.web.PageRequest;

/**
 * Filters, full-text search and sorting of the catalog in one SQL query. Text is matched on
 * the analysed terms ({@link TextAnalyzer}) kept in a GIN-indexed text[] column: every term of
 * the query must occur; with a query, results rank by how many of its terms the title holds.
 */
@ApplicationScoped
class AchievementSearch {

    private static final Map<String, String> SORTS = Map.of(
            "title", "a.title",
            "trl", "a.trl",
            "price", "a.asking_price",
            "createdAt", "a.created_at",
            "updatedAt", "a.updated_at",
            "publishedAt", "a.published_at");

    private final EntityManager em;

    AchievementSearch(EntityManager em) {
        this.em = em;
    }

    Page<Achievement> find(AchievementQuery query, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String terms = query.q() == null ? "" : String.join(" ", TextAnalyzer.queryTerms(query.q()));
        if (!terms.isEmpty()) {
            where.add("a.search_terms @> string_to_array(:terms, ' ')");
            params.put("terms", terms);
        }
        if (query.domain() != null) {
            where.add("a.domain = :domain");
            params.put("domain", query.domain().name());
        }
        if (query.trlMin() != null) {
            where.add("a.trl >= :trlMin");
            params.put("trlMin", query.trlMin());
        }
        if (query.trlMax() != null) {
            where.add("a.trl <= :trlMax");
            params.put("trlMax", query.trlMax());
        }
        if (query.institutionId() != null) {
            where.add("a.institution_id = :institutionId");
            params.put("institutionId", query.institutionId());
        }
        if (query.status() != null) {
            where.add("a.status = :status");
            params.put("status", query.status().name());
        }
        if (query.transferMode() != null) {
            where.add(":mode = any(a.transfer_modes)");
            params.put("mode", query.transferMode().name());
        }
        if (query.region() != null) {
            where.add("a.region like :region escape '\\'");
            params.put("region", query.region().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);

        return IdPage.find(em, "achievement a", filter, orderBy(query.sort(), !terms.isEmpty()) + ", a.id", params, page,
                ids -> Achievement.<Achievement>list("id in ?1", ids), achievement -> achievement.id);
    }

    private static String orderBy(String sort, boolean hasTerms) {
        if (sort == null || sort.isBlank()) {
            return hasTerms ? relevance() : "a.updated_at desc";
        }
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        if (field.equals("relevance")) {
            return hasTerms ? relevance() : "a.updated_at desc";
        }
        String column = SORTS.get(field);
        if (column == null) {
            throw ProblemException.badRequest("sort", "must be one of relevance, "
                    + SORTS.keySet().stream().sorted().collect(Collectors.joining(", "))
                    + ", each optionally prefixed with - for descending");
        }
        return column + (descending ? " desc nulls last" : " asc nulls last");
    }

    /** Query terms found in the title first, then the most recently updated. */
    private static String relevance() {
        return "(select count(*) from unnest(string_to_array(:terms, ' ')) t"
                + " where strpos(lower(a.title), t) > 0) desc, a.updated_at desc";
    }
}
