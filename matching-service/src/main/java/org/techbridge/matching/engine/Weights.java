package org.techbridge.matching.engine;

/**
 * How much each factor counts in the final score; normalised so they sum to 1. Text relevance
 * decides what is relevant at all, the structured factors order the relevant ones by fit.
 */
public record Weights(double text, double domain, double trl, double price, double mode, double region) {

    public static final Weights DEFAULT = new Weights(0.50, 0.18, 0.10, 0.10, 0.08, 0.04);

    public Weights {
        double sum = text + domain + trl + price + mode + region;
        if (text < 0 || domain < 0 || trl < 0 || price < 0 || mode < 0 || region < 0 || sum <= 0) {
            throw new IllegalArgumentException("weights must be non-negative and not all zero");
        }
        text /= sum;
        domain /= sum;
        trl /= sum;
        price /= sum;
        mode /= sum;
        region /= sum;
    }
}
