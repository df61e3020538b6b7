"""gui/models layer."""
