"""Helpers for testing code built on :mod:`diplomatic_events` (needs the ``test`` extra)."""
