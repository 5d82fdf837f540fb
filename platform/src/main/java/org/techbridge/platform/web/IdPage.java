package org.techbridge.platform.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A page of entities chosen by a native SQL filter: one scan gives the page's ids in order and,
 * through a window, the total; the entities are then loaded by id and put back in that order.
 */
public final class IdPage {

    private IdPage() {
    }

    /**
     * @param from the table and its alias, e.g. {@code "deal d"}; its key is the alias's {@code id}
     * @param filter empty, or {@code " where …"} with named parameters from {@code params}
     * @param orderBy the order, ending with the id so that pages never overlap
     * @param load the entities with these ids, in any order
     */
    public static <T> Page<T> find(EntityManager em, String from, String filter, String orderBy,
            Map<String, Object> params, PageRequest page, Function<List<UUID>, List<T>> load, Function<T, UUID> idOf) {
        String alias = from.substring(from.lastIndexOf(' ') + 1);
        Query select = em.createNativeQuery("select " + alias + ".id, count(*) over () from " + from + filter
                + " order by " + orderBy, Object[].class);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        long total = rows.isEmpty() ? count(em, from, filter, params) : ((Number) rows.get(0)[1]).longValue();

        Map<UUID, Integer> position = new HashMap<>();
        ids.forEach(id -> position.put(id, position.size()));
        List<T> items = ids.isEmpty() ? List.of()
                : load.apply(ids).stream().sorted(Comparator.comparing(item -> position.get(idOf.apply(item)))).toList();
        return Page.of(items, page, total);
    }

    /** The total when the page lies past the end and so carries none. */
    private static long count(EntityManager em, String from, String filter, Map<String, Object> params) {
        Query count = em.createNativeQuery("select count(*) from " + from + filter);
        params.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }
}
