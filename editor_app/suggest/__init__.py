"""Suggestions: quotes with speakers, entities with clustered mentions, copy-desk corrections.

Pure Python, no Qt, and no spaCy unless a pipeline is named. Entry points live in
:mod:`editor_app.suggest.engine` (``suggest``, ``add_suggestions``, ``accept``, ``reject``); this
package imports nothing heavy so that ``import editor_app.suggest`` stays cheap.
"""
