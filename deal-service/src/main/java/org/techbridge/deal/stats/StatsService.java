package org.techbridge.deal.stats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.techbridge.deal.deal.Today;
import org.techbridge.events.DealStage;
import org.techbridge.events.Money;
import org.techbridge.platform.problem.ProblemException;
import org.techbridge.platform.web.MoneyInput;

/** Deal statistics in one grouped SQL query, summed exactly by {@link StageTally}. */
@ApplicationScoped
public class StatsService {

    private static final Map<StatsQuery.GroupBy, String> KEYS = Map.of(
            StatsQuery.GroupBy.institution, "d.institution_id::text",
            StatsQuery.GroupBy.domain, "coalesce(a.domain, 'UNKNOWN')",
            StatsQuery.GroupBy.paymentModel, "coalesce(d.payment_model, 'UNDECIDED')");

    private final EntityManager em;

    StatsService(EntityManager em) {
        this.em = em;
    }

    public StatsView deals(StatsQuery query) {
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw ProblemException.badRequest("from", "must not be after to");
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.roadshowId() != null) {
            where.add("d.roadshow_id = :roadshowId");
            params.put("roadshowId", query.roadshowId());
        }
        if (query.from() != null) {
            where.add("d.created_at >= :from");
            params.put("from", startOf(query.from()));
        }
        if (query.to() != null) {
            where.add("d.created_at < :to");
            params.put("to", startOf(query.to().plusDays(1)));
        }
        String key = query.groupBy() == null ? "''" : KEYS.get(query.groupBy());
        Query select = em.createNativeQuery("select " + key + ", d.stage, count(*), coalesce(sum(d.amount), 0),"
                + " max(d.amount), coalesce(sum(d.paid_total), 0)"
                + " from deal d left join achievement_domain a on a.achievement_id = d.achievement_id"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " group by 1, 2", Object[].class);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();

        StageTally overall = new StageTally();
        Map<String, StageTally> groups = new TreeMap<>();
        for (Object[] row : rows) {
            DealStage stage = DealStage.valueOf((String) row[1]);
            long count = ((Number) row[2]).longValue();
            BigDecimal amountSum = (BigDecimal) row[3];
            BigDecimal amountMax = (BigDecimal) row[4];
            BigDecimal paidSum = (BigDecimal) row[5];
            overall.add(stage, count, amountSum, amountMax, paidSum);
            groups.computeIfAbsent((String) row[0], k -> new StageTally()).add(stage, count, amountSum, amountMax,
                    paidSum);
        }
        List<StatsView.GroupView> grouped = query.groupBy() == null ? null : groups.entrySet().stream()
                .map(g -> group(g.getKey(), g.getValue()))
                .toList();
        return new StatsView(query.roadshowId(), query.from(), query.to(), overall.deals(), overall.byStage(),
                overall.signed(), cny(overall.signedTotal()), cny(overall.largestSigned()), cny(overall.paidTotal()),
                overall.conversion(), query.groupBy() == null ? null : query.groupBy().name(), grouped);
    }

    private static StatsView.GroupView group(String key, StageTally tally) {
        return new StatsView.GroupView(key, tally.deals(), tally.byStage(), tally.signed(), cny(tally.signedTotal()),
                cny(tally.largestSigned()), cny(tally.paidTotal()), tally.conversion());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Today.ZONE).toInstant();
    }

    private static MoneyInput cny(BigDecimal amount) {
        return amount == null ? null : new MoneyInput(amount.setScale(2), Money.CNY);
    }
}
