package org.techbridge.gateway;

import java.net.URI;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "techbridge.gateway")
public interface GatewayConfig {

    /** Base URL of each upstream service by short name (achievement, matching, deal). */
    Map<String, URI> upstreams();
}
