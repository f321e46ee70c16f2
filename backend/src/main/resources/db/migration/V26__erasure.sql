-- Erasing a person (io.socialmaturity.erasure.PersonErasure) replaces their user id by a pseudonym everywhere in
-- their tenant. The respondent's key changes, and the answers follow it: the foreign key cascades the update.
ALTER TABLE answer DROP FOREIGN KEY fk_answer_respondent;
ALTER TABLE answer ADD CONSTRAINT fk_answer_respondent FOREIGN KEY (tenant_id, assessment_id, user_id)
    REFERENCES respondent (tenant_id, assessment_id, user_id) ON UPDATE CASCADE;

-- Result snapshots stay immutable, except for the erasure, which replaces a person's identifiers in them (the
-- scores do not change). PersonErasure sets the session variable @maturity_erasure around its updates and clears
-- it after, on the same connection.
DROP TRIGGER result_snapshot_immutable;

DELIMITER $$
CREATE TRIGGER result_snapshot_immutable BEFORE UPDATE ON result_snapshot
FOR EACH ROW
BEGIN
    IF @maturity_erasure IS NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'result snapshots are immutable';
    END IF;
END$$
DELIMITER ;
