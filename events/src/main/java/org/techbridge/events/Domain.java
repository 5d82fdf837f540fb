package org.techbridge.events;

/** Technology domains of achievements, which are also the industries of needs. */
public enum Domain {
    AGRICULTURE,
    ENERGY,
    ADVANCED_MANUFACTURING,
    NEW_MATERIALS,
    INFORMATION_TECH,
    BIOMEDICINE,
    ENVIRONMENT,
    CHEMICAL_ENGINEERING
}
