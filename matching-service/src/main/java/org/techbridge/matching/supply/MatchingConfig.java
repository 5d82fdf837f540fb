package org.techbridge.matching.supply;

import org.techbridge.matching.engine.Weights;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code techbridge.matching.*}: how much each factor counts in a match's score. */
@ConfigMapping(prefix = "techbridge.matching")
public interface MatchingConfig {

    FactorWeights weights();

    /** A newly published achievement is suggested to each open need it scores at least this for. */
    @WithDefault("0.75")
    double suggestionThreshold();

    interface FactorWeights {
        @WithDefault("0.50")
        double text();

        @WithDefault("0.18")
        double domain();

        @WithDefault("0.10")
        double trl();

        @WithDefault("0.10")
        double price();

        @WithDefault("0.08")
        double mode();

        @WithDefault("0.04")
        double region();

        default Weights toWeights() {
            return new Weights(text(), domain(), trl(), price(), mode(), region());
        }
    }
}
