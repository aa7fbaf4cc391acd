"""Cross-source comparison (placeholder)."""
