"""Sphinx configuration for the diplomatic_events documentation."""

from __future__ import annotations

from diplomatic_events import __version__

project = "diplomatic_events"
author = "The diplomatic_events developers"
copyright = "2026, The diplomatic_events developers"  # noqa: A001 - Sphinx's name
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = f"diplomatic_events {__version__}"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
myst_heading_anchors = 3
# attrs generates __init__ signatures that reference NewTypes; keep nitpicky off.
nitpicky = False
suppress_warnings = ["myst.header"]
