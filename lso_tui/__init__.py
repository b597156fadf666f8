"""lso-tui: track the "nhất thể hóa" of commune-level Party secretaries and People's Committee chairs."""

__version__ = "0.1.0"
