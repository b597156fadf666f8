"""Build time: articles and the national register turned into the store's tables (scopes, placing,
merge, ingest and its preview).

The only folder that loads the register package and the extractor, so the dashboard never pays for
them. May import `extract/`, `store/`, `edits/`, `model/` and the base modules.
"""
