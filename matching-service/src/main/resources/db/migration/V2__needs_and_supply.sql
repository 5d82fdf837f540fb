-- Demand (needs), supply (the projection of published achievements) and expressed interests.

CREATE TABLE need (
    id              uuid          PRIMARY KEY,
    enterprise_id   uuid          NOT NULL,
    title           varchar(200)  NOT NULL,
    description     varchar(5000) NOT NULL,
    language        varchar(2)    NOT NULL,
    industry        varchar(30)   NOT NULL,
    keywords        text[]        NOT NULL,
    budget          numeric(15, 2) CHECK (budget >= 0),
    budget_currency char(3),
    min_trl         int           CHECK (min_trl BETWEEN 1 AND 9),
    region          varchar(100)  NOT NULL,
    preferred_modes text[]        NOT NULL,
    deadline        date,
    status          varchar(10)   NOT NULL,
    version         bigint        NOT NULL,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL
);
CREATE INDEX need_enterprise ON need (enterprise_id);
CREATE INDEX need_status_created ON need (status, created_at DESC);

-- one row per published achievement, as its latest event carried it
CREATE TABLE supply_achievement (
    id              uuid        PRIMARY KEY,
    source_version  bigint      NOT NULL,
    payload         jsonb       NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE TABLE interest (
    need_id         uuid        NOT NULL REFERENCES need (id),
    achievement_id  uuid        NOT NULL,
    expressed_at    timestamptz NOT NULL,
    PRIMARY KEY (need_id, achievement_id)
);
