package org.techbridge.achievement.outbox;

import io.smallrye.config.ConfigMapping;

/** Topic names; tests use their own so they never mix with a running stack's events. */
@ConfigMapping(prefix = "techbridge.topics")
public interface TopicConfig {

    String achievements();

    String deals();
}
