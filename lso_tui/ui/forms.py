"""The fields each kind of record offers for editing, with their parsers (the CLI's validators)."""

from __future__ import annotations

from typing import Any

from lso_tui.edits.change import (
    PARTS,
    new_target,
    official_id,
    parse_name,
    parse_share,
    parse_since,
    parse_titles,
    parse_year,
)
from lso_tui.errors import InputError
from lso_tui.model.region_lookup import region_scope
from lso_tui.text import fold
from lso_tui.ui.dialogs.edit import FormField
from lso_tui.views.dataset import Dataset

YES = {"co", "yes", "y", "true", "1"}
NO = {"khong", "no", "n", "false", "0"}
UNKNOWN = {"", "?", "chua ro", "unknown"}
PART_WORDS = {"dau": "early", "giua": "mid", "cuoi": "late", **{p: p for p in PARTS}}


def parse_state(raw: str) -> bool | None:
    """ "có"/"yes" → True, "không"/"no" → False, empty/"?" → unknown."""
    key = fold(raw).strip()
    if key in YES:
        return True
    if key in NO:
        return False
    if key in UNKNOWN:
        return None
    raise InputError("có / không / ? (yes / no / unknown)")


def parse_yes_no(raw: str) -> bool:
    """ "có"/"yes" → True; "không"/"no" (or unknown) → False."""
    return bool(parse_state(raw))


def parse_since_words(raw: str) -> dict[str, Any] | None:
    """ "cuối 2018-06" / "late 2018-06" / "2018-06-30"; empty clears it."""
    words = raw.split()
    if not words:
        return None
    part = PART_WORDS.get(fold(words[0])) if len(words) == 2 else None
    if len(words) == 2 and part is None:
        raise InputError("đầu/giữa/cuối YYYY-MM (early/mid/late YYYY-MM)")
    return parse_since(words[-1], part)


def since_text(ds: Dataset, since: dict[str, Any] | None) -> str:
    """The stored date as the form shows it: "cuối 2018-06"."""
    if not since:
        return ""
    part = since.get("part")
    return f"{ds.t('part.' + part)} {since['iso']}" if part else since["iso"]


def fields_for(ds: Dataset, kind: str, rid: str) -> tuple[str, list[FormField]]:
    """The form title and fields of one record."""
    t = ds.t
    rec = ds.by_id[(kind, rid)]
    if kind == "unit":
        words = {True: t("val.yes"), False: t("val.no"), None: "?"}
        return f"{rec['type']} {rec['name']}", [
            FormField(
                "consolidated",
                t("col.state") + " (có / không / ?)",
                words[rec["consolidated"]],
                parse_state,
                rec["consolidated"],
                words.get,
            ),
            FormField(
                "since",
                t("col.since") + " (cuối 2018-06)",
                since_text(ds, rec["since"]),
                parse_since_words,
                rec["since"],
                lambda v: since_text(ds, v),
            ),
        ]
    if kind == "official":
        return rec["name"], [
            FormField(
                "titles",
                t("col.titles") + " (A; B)",
                "; ".join(rec["titles"]),
                parse_titles,
                rec["titles"],
            ),
            FormField(
                "concurrent",
                t("col.both") + " (có / không)",
                t("val.yes") if rec["concurrent"] else t("val.no"),
                parse_yes_no,
                rec["concurrent"],
            ),
        ]
    return f"{t.percent(rec['share'])} — {rec['scope']}", [
        FormField("share", t("col.threshold"), t.percent(rec["share"]), parse_share, rec["share"]),
        FormField(
            "year",
            t("col.deadline") + " (YYYY)",
            str(rec.get("year") or rec["deadline"][:4]),
            parse_year,
            rec.get("year"),
        ),
    ]


def add_fields(ds: Dataset, kind: str, context: dict[str, Any] | None) -> tuple[str, list[FormField], Any]:
    """Fields and id maker for a new official (of the highlighted unit) or target (of its district)."""
    t = ds.t
    if kind == "official":
        unit = (context or {}).get("code") or (context or {}).get("unit_code") or ""
        return (
            t("pane.officials"),
            [
                FormField("name", t("col.name"), "", lambda raw: parse_name(raw), None),
                FormField(
                    "unit_code", t("col.unit") + " (mã)", unit, lambda raw: parse_name(raw, "unit"), None
                ),
                FormField(
                    "titles",
                    t("col.titles") + " (A; B)",
                    "",
                    parse_titles,
                    None,
                ),
                FormField(
                    "concurrent",
                    t("col.both") + " (có / không)",
                    t("val.no"),
                    parse_yes_no,
                    None,
                ),
            ],
            lambda v: official_id(v["name"], v["unit_code"]),
        )
    ctx = context or {}
    # The highlighted record's region: a target's own scope, a unit's district, a roll-up row's region.
    scope = ctx.get("scope_code") or ctx.get("district_code") or ctx.get("region_code") or ""
    if ctx.get("scope_level") == "country" or ctx.get("region_level") == "country":
        scope = "country"
    return (
        t("pane.targets"),
        [
            FormField(
                "scope",
                t("col.scope") + " (mã / country / province:… / district:…)",
                scope,
                lambda raw: region_scope(ds.regions, raw),
                None,
            ),
            FormField("share", t("col.threshold"), "", parse_share, None),
            FormField("year", t("col.deadline") + " (YYYY)", "", parse_year, None),
        ],
        lambda v: new_target(v["share"], v["year"], v["scope"]).record,
    )
