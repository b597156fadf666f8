"""The domain model: typed records and what is derived from them (figures, the roll-up, progress).

Pure Python over records already in memory: no files, no terminal. May import only the base
modules at the package root (`errors`, `text`) and the standard library; every other folder builds on
this one.
"""
