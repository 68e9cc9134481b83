-- Statistics count distinct objects by originator, type and level. In this order the count
-- reads this index alone, already grouped and sorted by id, instead of the table whose rows
-- carry the whole object. `seq` is included for the release-list checks of the visibility rule,
-- so that they too leave the table alone (SQLite's indexes carry the row id by themselves).
CREATE INDEX objects_counted ON objects (originator, object_type, tlp, stix_id, date_added) INCLUDE (seq);
