package org.techbridge.deal.deal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.techbridge.platform.web.Page;
import org.techbridge.platform.web.PageRequest;

/**
 * The filters of the deal list in one SQL query, most recently changed first. A deal is overdue
 * when what fell due before today (its obligations) exceeds what has been paid.
 */
@ApplicationScoped
class DealSearch {

    private final EntityManager em;

    DealSearch(EntityManager em) {
        this.em = em;
    }

    Page<Deal> find(DealQuery query, PageRequest page, LocalDate today) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.stage() != null) {
            where.add("d.stage = :stage");
            params.put("stage", query.stage().name());
        }
        equal("d.institution_id", "institutionId", query.institutionId(), where, params);
        equal("d.enterprise_id", "enterpriseId", query.enterpriseId(), where, params);
        equal("d.roadshow_id", "roadshowId", query.roadshowId(), where, params);
        equal("d.achievement_id", "achievementId", query.achievementId(), where, params);
        if (query.signedFrom() != null) {
            where.add("d.signed_at >= :signedFrom");
            params.put("signedFrom", query.signedFrom().atStartOfDay(Today.ZONE).toInstant());
        }
        if (query.signedTo() != null) {
            where.add("d.signed_at < :signedTo");
            params.put("signedTo", query.signedTo().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(Today.ZONE)
                    .toInstant());
        }
        if (query.overdue()) {
            where.add("(select coalesce(sum(o.amount), 0) from deal_obligation o"
                    + " where o.deal_id = d.id and o.due_on < :today) > d.paid_total");
            params.put("today", today);
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);

        // one scan gives the page and, through the window, the total
        Query select = em.createNativeQuery("select d.id, count(*) over () from deal d" + filter
                + " order by d.updated_at desc, d.id", Object[].class);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        long total = rows.isEmpty() ? count(filter, params) : ((Number) rows.get(0)[1]).longValue();

        Map<UUID, Integer> position = new HashMap<>();
        ids.forEach(id -> position.put(id, position.size()));
        List<Deal> items = ids.isEmpty() ? List.of()
                : Deal.<Deal>list("id in ?1", ids).stream()
                        .sorted(Comparator.comparing(d -> position.get(d.id)))
                        .toList();
        return Page.of(items, page, total);
    }

    /** The total when the page lies past the end and so carries none. */
    private long count(String filter, Map<String, Object> params) {
        Query count = em.createNativeQuery("select count(*) from deal d" + filter);
        params.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    private static void equal(String column, String name, UUID value, List<String> where, Map<String, Object> params) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value);
        }
    }
}
