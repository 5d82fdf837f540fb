package org.techbridge.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * A service's tests call it as the platform operator (a broker token) unless a request carries
 * its own {@code Authorization}, or {@link #NO_TOKEN} to go without one. A module opts in by
 * naming this class in its test resources'
 * {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback}: Quarkus
 * runs the callback in the class loader its tests (and their RestAssured) live in.
 */
public class BrokerByDefault implements QuarkusTestBeforeClassCallback {

    /** A request header asking to send no token at all; it is removed before sending. */
    public static final String NO_TOKEN = "X-Test-No-Token";

    private static final Filter FILTER = new Filter() {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (request.getHeaders().hasHeaderWithName(NO_TOKEN)) {
                request.removeHeader(NO_TOKEN);
            } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + Tokens.broker());
            }
            return context.next(request, response);
        }
    };

    @Override
    public void beforeClass(Class<?> testClass) {
        synchronized (BrokerByDefault.class) {
            if (!RestAssured.filters().contains(FILTER)) {
                RestAssured.filters(FILTER);
            }
        }
    }
}
