package org.techbridge.deal.config;

import io.smallrye.config.ConfigMapping;

/** Topic names; tests use their own so they never mix with a running stack's events. */
@ConfigMapping(prefix = "techbridge.topics")
public interface TopicConfig {

    String deals();

    String matches();

    String achievements();
}
