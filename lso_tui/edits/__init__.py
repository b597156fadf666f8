"""Users' changes: the change model, its one validation, laying changes over records, and undo.

Kept apart from article facts, each change carries its audit entry. May import `model/` and the base
modules; never the store file, the register or any front end.
"""
