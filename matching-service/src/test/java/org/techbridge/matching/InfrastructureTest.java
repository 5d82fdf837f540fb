package org.techbridge.matching;

import org.techbridge.testing.InfrastructureContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InfrastructureTest extends InfrastructureContract {

    @Override
    protected String expectedDatabase() {
        return "matching_test";
    }
}
