-- Reference data: the GLO.ACT / PROTECT partner countries (ISO 3166-1 alpha-2). Every database
-- needs them before a profile or cohort can name a country, so they ship as a migration, not a seed.
INSERT INTO "Country" ("code", "name") VALUES
    ('AF', 'Afghanistan'),
    ('IQ', 'Iraq'),
    ('PK', 'Pakistan'),
    ('TJ', 'Tajikistan'),
    ('KZ', 'Kazakhstan'),
    ('KG', 'Kyrgyz Republic'),
    ('UZ', 'Uzbekistan')
ON CONFLICT ("code") DO NOTHING;
