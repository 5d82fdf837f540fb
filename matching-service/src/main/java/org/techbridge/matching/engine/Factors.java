package org.techbridge.matching.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;

import org.techbridge.events.Domain;
import org.techbridge.events.TransferMode;

/** The structured fit of an achievement to a need, each factor in [0, 1]. */
final class Factors {

    private Factors() {
    }

    /** Same domain 1; related domains part; unrelated 0; an unknown side neutral. */
    static double domain(Domain industry, Domain domain) {
        if (industry == null || domain == null) {
            return 0.5;
        }
        if (industry == domain) {
            return 1.0;
        }
        return related(industry, domain) ? 0.4 : 0.0;
    }

    /** Meets the minimum 1; each level short costs half. */
    static double trl(Integer minTrl, int trl) {
        if (minTrl == null) {
            return 1.0;
        }
        int shortBy = minTrl - trl;
        return shortBy <= 0 ? 1.0 : Math.pow(0.5, shortBy);
    }

    /** Within budget 1, falling linearly to 0 at twice the budget; negotiable or open neutral-high. */
    static double price(BigDecimal budget, BigDecimal askingPrice) {
        if (budget == null || askingPrice == null) {
            return 0.7;
        }
        if (askingPrice.compareTo(budget) <= 0) {
            return 1.0;
        }
        if (budget.signum() == 0) {
            return 0.0;
        }
        double over = askingPrice.subtract(budget).divide(budget, MathContext.DECIMAL64).doubleValue();
        return Math.max(0.0, 1.0 - over);
    }

    /** Offers a preferred mode 1, none 0; no preference 1. */
    static double mode(Set<TransferMode> preferred, Set<TransferMode> offered) {
        if (preferred.isEmpty()) {
            return 1.0;
        }
        return offered.stream().anyMatch(preferred::contains) ? 1.0 : 0.0;
    }

    /** Same city 1, same province 0.6, else 0.2 (technology travels, but close is easier). */
    static double region(String needRegion, String candidateRegion) {
        if (needRegion == null || candidateRegion == null || needRegion.isBlank() || candidateRegion.isBlank()) {
            return 0.5;
        }
        if (needRegion.equals(candidateRegion)) {
            return 1.0;
        }
        return province(needRegion).equals(province(candidateRegion)) ? 0.6 : 0.2;
    }

    private static String province(String region) {
        for (String end : new String[] { "省", "自治区", "市" }) {
            int at = region.indexOf(end);
            if (at > 0) {
                return region.substring(0, at + end.length());
            }
        }
        return region;
    }

    private static final Set<Set<Domain>> RELATED = Set.of(
            Set.of(Domain.ENERGY, Domain.ENVIRONMENT),
            Set.of(Domain.ENERGY, Domain.CHEMICAL_ENGINEERING),
            Set.of(Domain.CHEMICAL_ENGINEERING, Domain.NEW_MATERIALS),
            Set.of(Domain.CHEMICAL_ENGINEERING, Domain.ENVIRONMENT),
            Set.of(Domain.NEW_MATERIALS, Domain.ADVANCED_MANUFACTURING),
            Set.of(Domain.ADVANCED_MANUFACTURING, Domain.INFORMATION_TECH),
            Set.of(Domain.AGRICULTURE, Domain.BIOMEDICINE),
            Set.of(Domain.AGRICULTURE, Domain.ENVIRONMENT));

    private static boolean related(Domain a, Domain b) {
        return RELATED.contains(Set.of(a, b));
    }
}
