package org.techbridge.deal.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.techbridge.deal.plan.DealStateMachine;
import org.techbridge.events.DealStage;

/**
 * The figures organisers report, summed from per-stage rows: deals per stage, how many were
 * signed (and are in force or fulfilled) and for how much, the largest, what was paid, and the
 * share of deals that got from intent to a signature. Exact decimals throughout.
 */
public final class StageTally {

    private final Map<DealStage, Long> byStage = new EnumMap<>(DealStage.class);
    private long deals;
    private long signed;
    private BigDecimal signedTotal = BigDecimal.ZERO.setScale(2);
    private BigDecimal largestSigned;
    private BigDecimal paidTotal = BigDecimal.ZERO.setScale(2);

    public StageTally() {
        for (DealStage stage : DealStage.values()) {
            byStage.put(stage, 0L);
        }
    }

    /** Adds {@code count} deals in {@code stage} whose amounts sum and peak as given. */
    public void add(DealStage stage, long count, BigDecimal amountSum, BigDecimal amountMax, BigDecimal paidSum) {
        byStage.merge(stage, count, Long::sum);
        deals += count;
        paidTotal = paidTotal.add(paidSum);
        if (DealStateMachine.counted(stage)) {
            signed += count;
            signedTotal = signedTotal.add(amountSum);
            if (amountMax != null && (largestSigned == null || amountMax.compareTo(largestSigned) > 0)) {
                largestSigned = amountMax;
            }
        }
    }

    /** Every stage, in lifecycle order, with its count (zero included). */
    public Map<DealStage, Long> byStage() {
        return Collections.unmodifiableMap(new EnumMap<>(byStage));
    }

    public long deals() {
        return deals;
    }

    public long signed() {
        return signed;
    }

    public BigDecimal signedTotal() {
        return signedTotal;
    }

    /** Null when nothing was signed. */
    public BigDecimal largestSigned() {
        return largestSigned;
    }

    public BigDecimal paidTotal() {
        return paidTotal;
    }

    /** Signed deals per deal opened, 0 to 1 with four decimals; 0 without deals. */
    public BigDecimal conversion() {
        return deals == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(signed).divide(BigDecimal.valueOf(deals), 4, RoundingMode.HALF_UP);
    }
}
