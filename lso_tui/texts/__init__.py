"""More of the message catalogue's entries, by area (catalogue.py gathers them): plain data that imports nothing of the package."""
