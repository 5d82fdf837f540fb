package org.techbridge.matching.engine;

import java.util.List;
import java.util.Map;

/**
 * One scored fit and why: the score in [0, 1], each factor's contribution before weighting
 * (text, domain, trl, price, mode, region, each in [0, 1]) and the words need and achievement share.
 */
public record Match(String candidateId, double score, Map<String, Double> breakdown, List<String> matchedTerms) {
}
