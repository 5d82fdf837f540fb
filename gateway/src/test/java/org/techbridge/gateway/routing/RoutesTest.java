package org.techbridge.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoutesTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/institutions, achievement",
            "/api/v1/institutions/7c0e/achievements, achievement",
            "/api/v1/achievements, achievement",
            "/api/v1/achievements/7c0e/publish, achievement",
            "/api/v1/achievements/7c0e/matches, matching",
            "/api/v1/achievements/7c0e/matches/, matching",
            "/api/v1/roadshows/7c0e/lineup, achievement",
            "/api/v1/roadshows/7c0e/stats, deal",
            "/api/v1/needs/7c0e/interests, matching",
            "/api/v1/deals/7c0e/transitions, deal",
            "/api/v1/stats/deals, deal"})
    void eachPathFamilyGoesToTheServiceThatOwnsIt(String path, String owner) {
        assertEquals(Optional.of(owner), Routes.ownerOf(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1", "/api/v1/achievementsX", "/api/v2/deals", "/api/v1/users", "/q/health"})
    void aPathNoServiceOwnsGoesNowhere(String path) {
        assertEquals(Optional.empty(), Routes.ownerOf(path));
    }
}
