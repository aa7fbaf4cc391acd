"""The one place the version is written; packaging metadata reads it from here."""

__version__ = "0.1.0"
