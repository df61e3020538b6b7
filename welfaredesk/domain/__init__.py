"""Pure Python domain: enums, value objects, workflow rules, validation, dates and names.

No Qt, no SQLAlchemy: everything here is testable without a database or a QApplication.
"""
