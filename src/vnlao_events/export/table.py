"""The timeline as a readable text table.

One block per series, then events, periods, anniversaries and conflicts.
Columns are measured by display width (``wcwidth``), so a name with combining marks or
wide characters lines up like one without.

>>> import vnlao_events as ve
>>> text = table(ve.build_timeline(ve.bundled_seeds()), lang="vi")
>>> "Tham khảo chính trị cấp Thứ trưởng Ngoại giao Việt Nam - Lào" in text
True
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from wcwidth import wcswidth

from .._catalogue import Catalogue
from .._derivation import word
from .._kinds import Lang
from .._model import Timeline
from .names import Names, check_lang

__all__ = ["display_width", "table"]

#: The table's labels by key, in English; each is put into the table's language by the
#: phrase table (``[words]`` in data/derivations.toml).
LABELS: dict[str, str] = {
    "date": "date", "part": "part", "place": "place", "co-chairs": "co-chairs",
    "status": "status", "events": "Events", "periods": "Periods",
    "anniversaries": "Anniversaries", "conflicts": "Conflicts", "forecast": "forecast",
    "anniversary": "{year}: {nth} years of {name} (since {origin})",
}  # fmt: skip
_HEADER = ("date", "part", "place", "co-chairs", "status")


def display_width(text: str) -> int:
    r"""How many terminal columns ``text`` takes (combining marks take none, wide ones two).

    >>> display_width("Hà Nội"), display_width("Ha\u0300 No\u0323\u0302i"), display_width("中国")
    (6, 6, 4)
    """
    width = wcswidth(text)
    return width if width >= 0 else len(text)  # a control character: count characters


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _rows(header: Sequence[str], rows: list[tuple[str, ...]]) -> list[str]:
    widths = [
        max(display_width(h), *(display_width(r[i]) for r in rows)) for i, h in enumerate(header)
    ]
    lines = []
    for row in (tuple(header), *rows):
        lines.append(
            "  " + "  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip()
        )
    return lines


def table(
    timeline: Timeline, lang: Lang | str = Lang.EN, *, catalogue: Catalogue | None = None
) -> str:
    """A readable text table, with names and places in ``lang``.

    One line per session, then events, periods, anniversaries and conflicts.

    >>> from vnlao_events import Period, Timeline
    >>> print(table(Timeline(periods=[Period(name="ASEAN Chair", start_year=2024,
    ...                                      end_year=2024)]), lang="vi"))
    Giai đoạn
      2024       ASEAN Chair
    <BLANKLINE>

    Raises:
        ValueError: for an unknown ``lang``.
    """
    lang = check_lang(lang)
    words = {key: word(text, lang) for key, text in LABELS.items()}
    header = ("#", *(words[key] for key in _HEADER))
    names = Names.of(catalogue)
    out = io.StringIO()
    for series in timeline.series:
        rows: list[tuple[str, ...]] = []
        for s in series.sessions:
            shown = s.when
            when = shown.format_iso() if shown else "?"
            if s.series_window is not None:
                when += f" (≈{s.series_window.format_iso()})"
            if s.likely is not None:
                likely = s.likely.value
                when += f" {word('likely', lang)} {likely.format_iso()} ({likely.level:.0%})"
            status = word(s.status.value, lang)
            status += f" ({words['forecast']})" if s.forecast else ""
            status += f" ({word('rejected: see conflicts', lang)})" if s.rejected else ""
            rows.append(
                (
                    "" if s.number is None else str(s.number),
                    when,
                    word(shown.part_of_day.value, lang) if shown and shown.part_of_day else "",
                    names.place_label(s.where, lang),
                    ", ".join(c.name for c in s.co_chairs),
                    status,
                )
            )
        out.write(f"{names.series_name(series, lang)} [{series.key}]\n")
        out.write("\n".join(_rows(header, rows)) + "\n\n")
    if timeline.events:
        out.write(f"{words['events']}\n")
        for event in timeline.events:
            when = event.date.format_iso() if event.date else "?"
            place = f" @ {names.place_label(event.place, lang)}" if event.place else ""
            out.write(f"  {when}  {event.summary}{place}\n")
        out.write("\n")
    if timeline.periods:
        out.write(f"{words['periods']}\n")
        for period in sorted(timeline.periods, key=lambda p: (p.start_year, p.end_year, p.name)):
            years = (
                str(period.start_year)
                if period.start_year == period.end_year
                else f"{period.start_year}–{period.end_year}"
            )
            out.write(f"  {years:<9}  {period.name}\n")
        out.write("\n")
    if timeline.anniversaries:
        out.write(f"{words['anniversaries']}\n")
        for item in sorted(timeline.anniversaries, key=lambda a: (a.year, a.origin_year, a.name)):
            line = words["anniversary"].format(
                year=item.year, nth=item.nth, name=item.name, origin=item.origin_year
            )
            out.write(f"  {line}\n")
        out.write("\n")
    if timeline.conflicts:
        out.write(f"{words['conflicts']}\n")
        for conflict in timeline.conflicts:
            out.write(f"  [{conflict.kind}] {conflict.message}\n")
    return out.getvalue()
