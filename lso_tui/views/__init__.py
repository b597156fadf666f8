"""What is shown, for any front end: rows with a folded search string, details with provenance, the
roll-up rows, the timeline, charts and the edit log, all as plain translated text (no Textual).

May import `store/` (to read an opened store), `edits/`, `model/` and the base modules; never `build/`
or `report/`.
"""
