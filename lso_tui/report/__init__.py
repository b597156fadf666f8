"""Output for scripts and files: the plain summary, `report` (rows, Rich tables, Markdown, CSV, JSON)
and the export of a list as shown.

May import `store/`, `edits/`, `model/` and the base modules; not `views/` (a sibling) or a front end.
"""
