package org.techbridge.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.techbridge.events.Domain;
import org.techbridge.events.TransferMode;

class MatchEngineTest {

    private final MatchEngine engine = new MatchEngine(Glossary.standard(), Weights.DEFAULT);

    private static final Candidate REDUCER = new Candidate("reducer", "机器人精密谐波减速器",
            "高精度、低背隙的机器人关节谐波减速器，可替代进口", "", List.of("谐波减速器", "机器人"),
            Domain.ADVANCED_MANUFACTURING, 7, new BigDecimal("800000"), Set.of(TransferMode.USE_FIRST_PAY_LATER),
            "山西省太原市");
    private static final Candidate APPLE = new Candidate("apple", "苹果新品种“晋艳”", "果个大、着色好、耐贮藏的晚熟苹果新品种",
            "", List.of("苹果", "新品种"), Domain.AGRICULTURE, 8, new BigDecimal("2000000"),
            Set.of(TransferMode.ASSIGNMENT, TransferMode.LICENSE), "山西省晋中市");
    private static final Candidate STRAW = new Candidate("straw", "秸秆微贮发酵饲料生产技术", "将玉米秸秆微贮发酵制成牛羊饲料",
            "", List.of("秸秆", "饲料"), Domain.AGRICULTURE, 8, new BigDecimal("400000"), Set.of(TransferMode.LICENSE),
            "山西省晋中市");

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void theGlossaryBridgesAnEnglishNeedToAChineseAchievement() {
        engine.upsert(List.of(REDUCER, APPLE, STRAW));

        List<Match> matches = engine.match(need("Gear reducer for robot joints",
                "We build six-axis arms and need a precision harmonic reducer with low backlash."), 3);

        assertEquals("reducer", matches.get(0).candidateId());
        assertTrue(matches.get(0).matchedTerms().contains("减速器"), matches.get(0).matchedTerms().toString());
        assertTrue(matches.stream().noneMatch(m -> m.candidateId().equals("apple")), matches.toString());
    }

    @Test
    void aChineseColloquialNeedFindsTheTechnicalTerm() {
        engine.upsert(List.of(REDUCER, APPLE, STRAW));

        List<Match> matches = engine.match(new NeedQuery("n", "玉米秆没人要", "地头堆满玉米秆，想变成饲料", List.of(),
                Domain.AGRICULTURE, 6, new BigDecimal("500000"), "山西省晋中市", Set.of(TransferMode.LICENSE)), 3);

        assertEquals("straw", matches.get(0).candidateId());
    }

    @Test
    void everyMatchExplainsItsScoreInTheUnitInterval() {
        engine.upsert(List.of(REDUCER, APPLE, STRAW));

        Match match = engine.match(need("机器人谐波减速器", "需要机器人关节用的精密减速器"), 1).get(0);

        assertTrue(match.score() > 0 && match.score() <= 1.0, String.valueOf(match.score()));
        assertEquals(List.of("text", "domain", "trl", "price", "mode", "region"), List.copyOf(match.breakdown().keySet()));
        match.breakdown().values().forEach(v -> assertTrue(v >= 0 && v <= 1, match.breakdown().toString()));
        assertEquals(1.0, match.breakdown().get("text"));
    }

    @Test
    void eachStructuredFactorMovesTheScoreTheRightWay() {
        NeedQuery need = need("机器人谐波减速器", "需要机器人关节用的精密减速器");
        assertBetter(need, REDUCER, withDomain(Domain.AGRICULTURE));
        assertBetter(need, REDUCER, withTrl(4));
        assertBetter(need, REDUCER, withPrice("1500000"));
        assertBetter(need, REDUCER, withModes(Set.of(TransferMode.EQUITY)));
        assertBetter(need, REDUCER, withRegion("广东省深圳市"));
    }

    @Test
    void oneCandidateAskedAgainstANeedScoresAsInTheNeedsRankingAndOnlyWhenTheyShareATerm() {
        engine.upsert(List.of(REDUCER, APPLE, STRAW));
        NeedQuery need = need("Harmonic gear reducer for robot joints", "We build six-axis industrial robots");

        Match ranked = engine.match(need, 10).stream().filter(m -> m.candidateId().equals("reducer"))
                .findFirst().orElseThrow();
        assertEquals(java.util.Optional.of(ranked), engine.matchOne(need, "reducer"));
        assertTrue(engine.matchOne(need, "apple").isEmpty(), "no term in common, no match");
        assertTrue(engine.matchOne(need, "no-such-candidate").isEmpty());
    }

    @Test
    void aRemovedCandidateIsNoLongerMatched() {
        engine.upsert(List.of(REDUCER, APPLE));
        engine.remove("reducer");

        assertTrue(engine.match(need("谐波减速器", "减速器"), 5).stream().noneMatch(m -> m.candidateId().equals("reducer")));
        assertEquals(1, engine.size());
    }

    @Test
    void weightsAreNormalisedAndMustNotBeNegative() {
        Weights weights = new Weights(2, 1, 1, 0, 0, 0);
        assertEquals(0.5, weights.text(), 1e-9);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Weights(1, -1, 0, 0, 0, 0));
    }

    private void assertBetter(NeedQuery need, Candidate better, Candidate worse) {
        double good = engine.score(need, better, 1.0).score();
        double bad = engine.score(need, worse, 1.0).score();
        assertTrue(good > bad, "expected " + better + " (" + good + ") above " + worse + " (" + bad + ")");
    }

    private static NeedQuery need(String title, String description) {
        return new NeedQuery("n", title, description, List.of(), Domain.ADVANCED_MANUFACTURING, 6,
                new BigDecimal("1000000"), "山西省太原市", Set.of(TransferMode.USE_FIRST_PAY_LATER, TransferMode.LICENSE));
    }

    private static Candidate withDomain(Domain domain) {
        return copy(domain, REDUCER.trl(), REDUCER.askingPrice(), REDUCER.transferModes(), REDUCER.region());
    }

    private static Candidate withTrl(int trl) {
        return copy(REDUCER.domain(), trl, REDUCER.askingPrice(), REDUCER.transferModes(), REDUCER.region());
    }

    private static Candidate withPrice(String price) {
        return copy(REDUCER.domain(), REDUCER.trl(), new BigDecimal(price), REDUCER.transferModes(), REDUCER.region());
    }

    private static Candidate withModes(Set<TransferMode> modes) {
        return copy(REDUCER.domain(), REDUCER.trl(), REDUCER.askingPrice(), modes, REDUCER.region());
    }

    private static Candidate withRegion(String region) {
        return copy(REDUCER.domain(), REDUCER.trl(), REDUCER.askingPrice(), REDUCER.transferModes(), region);
    }

    private static Candidate copy(Domain domain, int trl, BigDecimal price, Set<TransferMode> modes, String region) {
        return new Candidate("variant", REDUCER.title(), REDUCER.summary(), REDUCER.description(), REDUCER.keywords(),
                domain, trl, price, modes, region);
    }
}
