package org.techbridge.deal.deal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.techbridge.events.DealStage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One move of a deal between stages; the opening is the move from nothing to INTENT. */
@Entity
@Table(name = "deal_stage_change")
public class StageChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID dealId;
    @Enumerated(EnumType.STRING)
    public DealStage fromStage;
    @Enumerated(EnumType.STRING)
    public DealStage toStage;
    public String actor;
    public String note;
    public Instant changedAt;
}
