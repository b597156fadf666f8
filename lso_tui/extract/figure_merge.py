"""One figure said in parts is one figure: a sapo's "48 đơn vị" and the body's "48/286 …, chiếm
16,78%", or "cả 8 xã … Qua đó, 5 xã … đạt 62,5%", are merged when they agree (same region and date,
no field in conflict, and a share that matches its count)."""

from __future__ import annotations

from dataclasses import replace

from lso_tui.model.records import ProgressObservation


def printed_unit(share: float) -> float:
    """One unit of a printed share's last digit, as a fraction: "14,5%" → 0.001, "50%" → 0.01 (a
    share matches a count when they differ by less: rounded or cut, "16,78%" is 48/286)."""
    text = f"{share * 100:.4f}".rstrip("0").rstrip(".")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return 10.0**-decimals / 100


def merged_parts(found: list[ProgressObservation]) -> list[ProgressObservation]:
    """*found* with each figure that agrees with a fuller one of the same region and date folded into it."""
    out: list[ProgressObservation] = []
    for p in found:
        k = next((k for k, q in enumerate(out) if _agree(q, p)), None)
        if k is None:
            out.append(p)
            continue
        q = out[k]
        base, extra = (q, p) if _fields(q) >= _fields(p) else (p, q)
        out[k] = replace(
            base,
            done=base.done if base.done is not None else extra.done,
            total=base.total if base.total is not None else extra.total,
            share=base.share if base.share is not None else extra.share,
        )
    return out


def _fields(p: ProgressObservation) -> int:
    """How many of count, total and share a figure states."""
    return sum(v is not None for v in (p.done, p.total, p.share))


def _agree(a: ProgressObservation, b: ProgressObservation) -> bool:
    """Whether two figures can be one: the same region and date, and nothing said twice differently."""
    if (a.scope, a.scope_level, a.as_of) != (b.scope, b.scope_level, b.as_of) or a.scope is None:
        return False
    done = _same(a.done, b.done)
    total = _same(a.total, b.total)
    if done is None or total is None:
        return False
    if a.share is not None and b.share is not None and abs(a.share - b.share) > 1e-9:
        return False
    share = a.share if a.share is not None else b.share
    if done is not False and total is not False and share is not None:
        return abs(done / total - share) < printed_unit(share) if total else False
    # (two shares alone, or two counts alone, are one figure only when equal; a lone share and a lone
    # count are two statements unless a total ties them)
    return _fields(a) > 1 or _fields(b) > 1 or (a.done, a.total, a.share) == (b.done, b.total, b.share)


def _same(x: int | None, y: int | None) -> int | bool | None:
    """The common value of two fields (False when neither says it), or None when they conflict."""
    if x is None and y is None:
        return False
    if x is None or y is None or x == y:
        return x if x is not None else y
    return None
