"""The store file: its format, the atomic write with its backup and generation middleware, where a
store may live and with which modes, and the opened store (`db.py`, the only TinyDB importer).

May import `edits/`, `model/` and the base modules; never `build/`, `views/`, `report/` or a front end.
"""
