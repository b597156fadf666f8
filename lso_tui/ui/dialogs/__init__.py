"""Modal dialogs of the dashboard: edit forms and conflicts, export, ingest, and what was copied."""
