"""The Textual dashboard: the app, its `screens/`, modal `dialogs/` and `widgets/`, one stylesheet.

It is handed a store session (`lso_tui.session`) and shows what `views/` shapes; it never opens a file
and never touches TinyDB. May import `session`, `views/`, `report/export`, `edits/`, `model/` and the
base modules; never `store/` or `build/`.
"""
