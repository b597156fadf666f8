"""The command line: `main.py` parses and dispatches, one module per command group does the work.

The top layer: may import anything, but imports each command's modules only when that command runs,
so opening the dashboard loads neither the register nor the extractor.
"""
