package org.techbridge.achievement;

import org.techbridge.testing.InfrastructureContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InfrastructureTest extends InfrastructureContract {

    @Override
    protected String expectedDatabase() {
        return "achievement_test";
    }
}
