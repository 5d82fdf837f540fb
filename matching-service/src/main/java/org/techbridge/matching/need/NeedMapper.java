package org.techbridge.matching.need;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.techbridge.events.Money;
import org.techbridge.events.NeedPayload;
import org.techbridge.events.TransferMode;
import org.techbridge.matching.engine.NeedQuery;
import org.techbridge.platform.web.MoneyInput;
import org.techbridge.text.Languages;

/** Between the need entity and its representations: the REST view, the request, the event, the query. */
final class NeedMapper {

    private NeedMapper() {
    }

    static NeedView toView(Need n) {
        return new NeedView(n.id, n.enterpriseId, n.title, n.description, n.language, n.industry, n.keywords,
                n.budget == null ? null : new MoneyInput(n.budget, n.budgetCurrency), n.minTrl, n.region, modes(n),
                n.deadline, n.status, n.version, n.createdAt, n.updatedAt);
    }

    static NeedRequest toRequest(Need n) {
        return new NeedRequest(n.enterpriseId, n.title, n.description, n.language, n.industry, n.keywords,
                n.budget == null ? null : new MoneyInput(n.budget, n.budgetCurrency), n.minTrl, n.region, modes(n),
                n.deadline);
    }

    static NeedPayload toPayload(Need n) {
        return new NeedPayload(n.id, n.enterpriseId, n.title, n.description, n.language, n.industry, n.keywords,
                n.budget == null ? null : new Money(n.budget, n.budgetCurrency), n.minTrl, n.region, modes(n),
                n.deadline, n.status.name(), n.version, n.updatedAt);
    }

    /** What the matcher needs of a need; budgets in another currency than CNY count as open. */
    static NeedQuery toQuery(Need n) {
        BigDecimal budget = n.budget != null && Money.CNY.equals(n.budgetCurrency) ? n.budget : null;
        return new NeedQuery(n.id.toString(), n.title, n.description, n.keywords, n.industry, n.minTrl, budget,
                n.region, Set.copyOf(modes(n)));
    }

    static void apply(Need n, NeedRequest r) {
        n.enterpriseId = r.enterpriseId();
        n.title = r.title().trim();
        n.description = r.description().trim();
        n.language = r.language() != null ? r.language() : Languages.detect(r.title() + r.description());
        n.industry = r.industry();
        n.keywords = r.keywords() == null ? List.of() : r.keywords().stream().map(String::trim).distinct().toList();
        n.budget = r.budget() == null ? null : r.budget().amount().setScale(2, RoundingMode.UNNECESSARY);
        n.budgetCurrency = r.budget() == null ? null : r.budget().currency();
        n.minTrl = r.minTrl();
        n.region = r.region().trim();
        n.preferredModes = r.preferredModes() == null ? List.of()
                : r.preferredModes().stream().distinct().map(TransferMode::name).toList();
        n.deadline = r.deadline();
        n.updatedAt = Instant.now();
    }

    private static List<TransferMode> modes(Need n) {
        return n.preferredModes.stream().map(TransferMode::valueOf).toList();
    }
}
