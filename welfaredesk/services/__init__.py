"""Use cases. Each public call is one unit of work: it checks permissions, writes the audit
event in the same transaction, and returns frozen DTOs (never ORM objects)."""
