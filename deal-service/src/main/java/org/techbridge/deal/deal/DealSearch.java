package org.techbridge.deal.deal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.techbridge.platform.web.IdPage;
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

        return IdPage.find(em, "deal d", filter, "d.updated_at desc, d.id", params, page,
                ids -> Deal.<Deal>list("id in ?1", ids), deal -> deal.id);
    }

    private static void equal(String column, String name, UUID value, List<String> where, Map<String, Object> params) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value);
        }
    }
}
