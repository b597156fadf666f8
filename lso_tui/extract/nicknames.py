"""Southern nicknames: "ông Nguyễn Văn Tám (thường gọi là Tư Tám)", "ông Trần Văn Hai, người dân quen
gọi là Út Hai": later mentions by the nickname ("Ông Tư Tám làm chủ tịch …") are that person."""

from __future__ import annotations

import re
from dataclasses import replace

from lso_tui.extract.roles import PersonMention
from lso_tui.extract.spans import Article

# "(thường gọi là Tư Tám)", "người dân quen gọi là Hai Lộc", "(tên thường gọi: Sáu Dũng)".
_CALLED = re.compile(
    r"\b(?:thuong goi la|quen goi la|hay goi la|con goi la|con duoc goi la|goi than mat la|ten thuong goi|ten goi khac)"
    r"\s*:?\s*"
)
_NICKNAME = re.compile(r"[A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*(?: [A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ][^\W\d_]*){1,2}")


def with_nicknames(art: Article, people: list[PersonMention]) -> list[PersonMention]:
    """*people* with every mention of a nickname the text gives a named person renamed to that person
    (a nickname alone is never a person of its own)."""
    aliases: dict[str, str] = {}
    for m in _CALLED.finditer(art.folded):
        nick = _NICKNAME.match(art.text, m.end())
        sentence = art.sentence_at(m.start())
        before = art.sentence_at(max(0, sentence.start - 2)).start  # "Ông Lộc, người dân quen gọi là …"
        owner = [p for p in people if before <= p.start and p.end <= m.start() and p.name not in aliases]
        if nick is None or not owner:
            continue
        aliases[nick.group(0)] = owner[-1].name
    if not aliases:
        return people
    return [replace(p, name=aliases[p.name]) if p.name in aliases else p for p in people]
