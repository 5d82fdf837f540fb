package org.techbridge.deal;

import org.techbridge.testing.InfrastructureContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InfrastructureTest extends InfrastructureContract {

    @Override
    protected String expectedDatabase() {
        return "deal_test";
    }
}
