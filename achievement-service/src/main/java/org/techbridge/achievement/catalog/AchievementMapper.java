package org.techbridge.achievement.catalog;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import org.techbridge.platform.web.MoneyInput;
import org.techbridge.achievement.search.TextAnalyzer;
import org.techbridge.events.AchievementPayload;
import org.techbridge.events.Money;
import org.techbridge.events.TransferMode;
import org.techbridge.text.Languages;

/** Between the achievement entity and its representations: the REST view, the request, the event. */
final class AchievementMapper {

    private AchievementMapper() {
    }

    static AchievementView toView(Achievement a) {
        Money price = price(a);
        return new AchievementView(a.id, a.title, a.summary, a.description, a.language, a.domain, a.keywords,
                a.trl, a.ipType, a.ipNumbers, a.institutionId, a.region, modes(a),
                price == null ? null : new MoneyInput(price.amount(), price.currency()), a.negotiable,
                a.contact, a.status, a.licenceCount, a.version, a.createdAt, a.updatedAt, a.publishedAt);
    }

    static AchievementPayload toPayload(Achievement a) {
        return new AchievementPayload(a.id, a.title, a.summary, a.description, a.language, a.domain, a.keywords,
                a.trl, a.ipType.name(), a.ipNumbers, a.institutionId, a.region, modes(a), price(a), a.status,
                a.licenceCount, a.version, a.updatedAt);
    }

    /** The current state as a request, the base a merge patch applies to. */
    static AchievementRequest toRequest(Achievement a) {
        Money price = price(a);
        return new AchievementRequest(a.title, a.summary, a.description, a.language, a.domain, a.keywords, a.trl,
                a.ipType, a.ipNumbers, a.institutionId, a.region, modes(a),
                price == null ? null : new MoneyInput(price.amount(), price.currency()), a.negotiable, a.contact);
    }

    static void apply(Achievement a, AchievementRequest r) {
        a.title = r.title().trim();
        a.summary = r.summary().trim();
        a.description = r.description();
        a.language = r.language() != null ? r.language() : Languages.detect(r.title() + r.summary());
        a.domain = r.domain();
        a.keywords = r.keywords() == null ? List.of() : r.keywords().stream().map(String::trim).distinct().toList();
        a.trl = r.trl();
        a.ipType = r.ipType();
        a.ipNumbers = r.ipNumbers() == null ? List.of() : r.ipNumbers().stream().map(String::trim).toList();
        a.institutionId = r.institutionId();
        a.region = r.region().trim();
        a.transferModes = r.transferModes().stream().distinct().map(TransferMode::name).toList();
        a.askingPrice = r.askingPrice() == null ? null : r.askingPrice().amount().setScale(2, RoundingMode.UNNECESSARY);
        a.askingCurrency = r.askingPrice() == null ? null : r.askingPrice().currency();
        a.negotiable = r.askingPrice() == null || Boolean.TRUE.equals(r.negotiable());
        a.contact = r.contact();
        a.searchTerms = TextAnalyzer.documentTerms(a.title, a.summary, a.description, String.join(" ", a.keywords));
        a.updatedAt = Instant.now();
    }

    private static Money price(Achievement a) {
        return a.askingPrice == null ? null : new Money(a.askingPrice, a.askingCurrency);
    }

    private static List<TransferMode> modes(Achievement a) {
        return a.transferModes.stream().map(TransferMode::valueOf).toList();
    }
}
