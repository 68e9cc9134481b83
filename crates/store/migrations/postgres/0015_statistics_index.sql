-- Statistics count distinct objects by originator, type and level. In this order the count
-- reads this index alone, already grouped and sorted by id: at a million objects a count takes
-- a quarter of a second instead of five (the table's rows carry the whole object).
CREATE INDEX objects_counted ON objects (originator, object_type, tlp, stix_id, date_added);
