-- An anonymous assessment promises its respondents that nobody, administrators included, sees which answers
-- are theirs (docs/ENGINE.md, "Anonymous assessments"). Chosen at creation, changeable only while a draft.
ALTER TABLE assessment ADD COLUMN anonymous BOOLEAN NOT NULL DEFAULT FALSE;
