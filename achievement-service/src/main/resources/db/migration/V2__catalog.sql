-- The catalog: institutions, achievements, roadshows.

CREATE TABLE institution (
    id              uuid         PRIMARY KEY,
    name            varchar(200) NOT NULL,
    name_en         varchar(200),
    type            varchar(20)  NOT NULL,
    region          varchar(100) NOT NULL,
    contact_name    varchar(100),
    contact_phone   varchar(40),
    contact_email   varchar(200),
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);
CREATE INDEX institution_type ON institution (type);

CREATE TABLE achievement (
    id              uuid          PRIMARY KEY,
    title           varchar(200)  NOT NULL,
    summary         varchar(1000) NOT NULL,
    description     text,
    language        varchar(2)    NOT NULL,
    domain          varchar(30)   NOT NULL,
    keywords        text[]        NOT NULL,
    trl             int           NOT NULL CHECK (trl BETWEEN 1 AND 9),
    ip_type         varchar(20)   NOT NULL,
    ip_numbers      text[]        NOT NULL,
    institution_id  uuid          NOT NULL REFERENCES institution (id),
    region          varchar(100)  NOT NULL,
    transfer_modes  text[]        NOT NULL,
    asking_price    numeric(15, 2) CHECK (asking_price >= 0),
    asking_currency char(3),
    negotiable      boolean       NOT NULL,
    contact_name    varchar(100),
    contact_phone   varchar(40),
    contact_email   varchar(200),
    status          varchar(20)   NOT NULL,
    licence_count   int           NOT NULL DEFAULT 0,
    -- analysed terms of title, summary, description and keywords (Lucene smartcn), for q=
    search_terms    text[]        NOT NULL,
    version         bigint        NOT NULL,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    published_at    timestamptz
);
CREATE INDEX achievement_search ON achievement USING gin (search_terms);
CREATE INDEX achievement_modes ON achievement USING gin (transfer_modes);
CREATE INDEX achievement_status_updated ON achievement (status, updated_at DESC);
CREATE INDEX achievement_domain ON achievement (domain);
CREATE INDEX achievement_institution ON achievement (institution_id);

CREATE TABLE roadshow (
    id              uuid         PRIMARY KEY,
    title           varchar(200) NOT NULL,
    held_on         date         NOT NULL,
    venue           varchar(200) NOT NULL,
    organiser       varchar(200) NOT NULL,
    organiser_id    uuid,
    description     text,
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);
CREATE INDEX roadshow_held_on ON roadshow (held_on DESC);

CREATE TABLE roadshow_lineup (
    roadshow_id     uuid NOT NULL REFERENCES roadshow (id) ON DELETE CASCADE,
    position        int  NOT NULL,
    achievement_id  uuid NOT NULL REFERENCES achievement (id),
    PRIMARY KEY (roadshow_id, position)
);

CREATE TABLE roadshow_invitee (
    roadshow_id     uuid NOT NULL REFERENCES roadshow (id) ON DELETE CASCADE,
    institution_id  uuid NOT NULL REFERENCES institution (id),
    PRIMARY KEY (roadshow_id, institution_id)
);
