-- nextDue() looks up the earliest lease to expire; leased items are few, so a partial index serves it.
CREATE INDEX work_items_leased ON work_items (lease_until) WHERE lease_until IS NOT NULL;
