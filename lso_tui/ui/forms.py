"""The fields each kind of record offers for editing, with their parsers (the CLI's validators)."""

from __future__ import annotations

from typing import Any

from lso_tui.edits.change import new_target, official_id
from lso_tui.edits.parse import (
    parse_name,
    parse_share,
    parse_since_words,
    parse_state,
    parse_titles,
    parse_year,
    parse_yes_no,
)
from lso_tui.model.region_lookup import find_unit, region_scope, region_text, unit_text
from lso_tui.ui.dialogs.edit import FormField
from lso_tui.views.dataset import Dataset


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
                f"{t('col.state')} ({t('form.state')})",
                words[rec["consolidated"]],
                parse_state,
                rec["consolidated"],
                words.get,
            ),
            FormField(
                "since",
                f"{t('col.since')} ({t('form.since')})",
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
                f"{t('col.both')} ({t('form.yes_no')})",
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
    """Title, fields and id maker for a new official (of the highlighted unit) or target (of its
    region); a unit and a region are shown and typed by name (a code is accepted too)."""
    t = ds.t
    ctx = context or {}
    if kind == "official":
        code = ctx.get("code") or ctx.get("unit_code") or ""
        unit = ds.by_id.get(("unit", code))
        return (
            t("edit.add_official"),
            [
                FormField("name", t("col.name"), "", lambda raw: parse_name(raw), None),
                FormField(
                    "unit_code",
                    f"{t('col.unit')} ({t('edit.unit_hint')})",
                    unit_text(ds.units, unit) if unit else "",
                    lambda raw: find_unit(ds.units, raw)["code"],
                    None,
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
                    f"{t('col.both')} ({t('form.yes_no')})",
                    t("val.no"),
                    parse_yes_no,
                    None,
                ),
            ],
            lambda v: official_id(v["name"], v["unit_code"]),
        )
    # The highlighted record's region: a target's own scope, a unit's district, a roll-up row's region.
    code = ctx.get("scope_code") or ctx.get("district_code") or ctx.get("region_code") or ""
    country = ctx.get("scope_level") == "country" or ctx.get("region_level") == "country"
    return (
        t("edit.add_target"),
        [
            FormField(
                "scope",
                f"{t('col.scope')} ({t('edit.scope_hint')})",
                t("region.country") if country else region_text(ds.regions, code),
                lambda raw: region_scope(ds.regions, raw),
                None,
            ),
            FormField("share", t("col.threshold"), "", parse_share, None),
            FormField("year", t("col.deadline") + " (YYYY)", "", parse_year, None),
        ],
        lambda v: new_target(v["share"], v["year"], v["scope"]).record,
    )
