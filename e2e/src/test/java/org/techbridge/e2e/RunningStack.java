package org.techbridge.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link Stack} for every e2e test class that asks for it: started before the first, stopped
 * after the last (JUnit closes what the root store holds), so four JVMs boot once per run.
 */
final class RunningStack implements BeforeAllCallback {

    private static Stack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Stack.class, key -> {
            try {
                stack = Stack.start();
                return stack;
            } catch (Exception e) {
                throw new IllegalStateException("the e2e stack did not start: " + e.getMessage(), e);
            }
        }, Stack.class);
    }

    static Stack stack() {
        return stack;
    }
}
