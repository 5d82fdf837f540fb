-- Deals: from first interest to a signed, paid contract.

CREATE TABLE deal (
    id                  uuid           PRIMARY KEY,
    achievement_id      uuid           NOT NULL,
    need_id             uuid,
    institution_id      uuid           NOT NULL,
    enterprise_id       uuid           NOT NULL,
    roadshow_id         uuid,
    stage               varchar(20)    NOT NULL,
    -- the terms: free while negotiating, all required to sign, frozen from SIGNED on
    deal_type           varchar(20),
    exclusive           boolean,
    amount              numeric(15, 2) CHECK (amount > 0),
    currency            char(3),
    payment_model       varchar(30),
    due_on              date,
    royalty_rate        numeric(5, 2)  CHECK (royalty_rate BETWEEN 0 AND 100),
    trial_ends_on       date,
    usage_milestone     varchar(500),
    -- use first, pay later: what the enterprise did after the trial
    usage_outcome       varchar(20),
    usage_outcome_on    date,
    paid_total          numeric(15, 2) NOT NULL DEFAULT 0 CHECK (paid_total >= 0),
    seller_contact_name  varchar(100),
    seller_contact_phone varchar(40),
    seller_contact_email varchar(200),
    buyer_contact_name   varchar(100),
    buyer_contact_phone  varchar(40),
    buyer_contact_email  varchar(200),
    notes               varchar(4000),
    termination_reason  varchar(1000),
    signed_at           timestamptz,
    version             bigint         NOT NULL,
    created_at          timestamptz    NOT NULL,
    updated_at          timestamptz    NOT NULL
);
-- one deal per need and achievement, however many times the interest is announced
CREATE UNIQUE INDEX deal_need_achievement ON deal (need_id, achievement_id) WHERE need_id IS NOT NULL;
CREATE INDEX deal_stage_updated ON deal (stage, updated_at DESC);
CREATE INDEX deal_updated ON deal (updated_at DESC, id);
CREATE INDEX deal_institution ON deal (institution_id);
CREATE INDEX deal_enterprise ON deal (enterprise_id);
CREATE INDEX deal_roadshow ON deal (roadshow_id);
CREATE INDEX deal_achievement ON deal (achievement_id);
CREATE INDEX deal_signed_at ON deal (signed_at) WHERE signed_at IS NOT NULL;

-- The agreed instalments of an INSTALLMENTS plan, in order.
CREATE TABLE deal_installment (
    deal_id     uuid           NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    position    int            NOT NULL,
    due_on      date           NOT NULL,
    amount      numeric(15, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (deal_id, position)
);

-- What is owed and when, derived from the signed plan (and sales reports, usage outcome) by
-- PaymentPlan; the overdue filter compares what fell due before today with paid_total.
CREATE TABLE deal_obligation (
    deal_id     uuid           NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    position    int            NOT NULL,
    due_on      date           NOT NULL,
    amount      numeric(15, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (deal_id, position)
);
CREATE INDEX deal_obligation_due ON deal_obligation (due_on);

-- Every stage move: who, when, from, to, and why.
CREATE TABLE deal_stage_change (
    id          bigint         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    deal_id     uuid           NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    from_stage  varchar(20),
    to_stage    varchar(20)    NOT NULL,
    actor       varchar(100)   NOT NULL,
    note        varchar(1000),
    changed_at  timestamptz    NOT NULL
);
CREATE INDEX deal_stage_change_deal ON deal_stage_change (deal_id, id);

CREATE TABLE deal_payment (
    id          uuid           PRIMARY KEY,
    deal_id     uuid           NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    amount      numeric(15, 2) NOT NULL CHECK (amount > 0),
    currency    char(3)        NOT NULL,
    paid_on     date           NOT NULL,
    reference   varchar(100),
    recorded_by varchar(100)   NOT NULL,
    recorded_at timestamptz    NOT NULL
);
CREATE INDEX deal_payment_deal ON deal_payment (deal_id, paid_on);

-- Sales the licensee reports under a ROYALTY plan; the royalty on them falls due 30 days after
-- the period ends.
CREATE TABLE deal_sales_report (
    id          uuid           PRIMARY KEY,
    deal_id     uuid           NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    period_end  date           NOT NULL,
    sales       numeric(15, 2) NOT NULL CHECK (sales >= 0),
    reported_by varchar(100)   NOT NULL,
    reported_at timestamptz    NOT NULL
);
CREATE INDEX deal_sales_report_deal ON deal_sales_report (deal_id, period_end);

-- Idempotency-Key: the first answer to a key, kept so a retry gets it again. The primary key
-- decides between concurrent retries: the second insert waits for the first transaction and,
-- once it committed, finds the row.
CREATE TABLE idempotent_request (
    scope        varchar(200)  NOT NULL,
    key          varchar(200)  NOT NULL,
    request_hash char(64)      NOT NULL,
    status       int,
    location     varchar(300),
    etag         varchar(40),
    body         text,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);

-- The domain of each achievement, projected from techbridge.achievements for statistics by
-- domain (deals opened by an interest do not carry it).
CREATE TABLE achievement_domain (
    achievement_id  uuid        PRIMARY KEY,
    domain          varchar(30) NOT NULL,
    source_version  bigint      NOT NULL,
    updated_at      timestamptz NOT NULL
);
