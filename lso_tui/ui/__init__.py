"""The Textual dashboard. It receives an opened store (via a Dataset) and never touches TinyDB."""
