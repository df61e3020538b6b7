"""WelfareDesk: case management for a municipal general welfare consultation desk."""

__version__ = "0.1.0"
