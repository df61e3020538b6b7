"""Printed forms: reportlab builders, DTO in, PDF out; no Qt, no database (design.md §6)."""
