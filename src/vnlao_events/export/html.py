"""The timeline as one self-contained web page: no network, no CDN, one file.

Every series is a row of sessions on a common time axis. A session known to the day is a
dot, a wider window a bar; stated sessions are solid, inferred ones dashed and hatched;
sessions in a conflict are ringed and listed. A click (or Enter) on a session shows its
date, place, co-chairs, the quoted evidence and the derivation. Labels are in Vietnamese
or English.

>>> import vnlao_events as ve
>>> page = to_html(ve.build_timeline(ve.bundled_seeds()), lang="vi")
>>> page.startswith("<!DOCTYPE html>"), "http" in page.split("<script")[0]
(True, False)
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from .._catalogue import Catalogue
from .._dates import DateWindow
from .._derivation import word
from .._io import PathOrFile, write_target
from .._kinds import Lang
from .._model import Evidence, Session, Status, Timeline
from .names import Names, check_lang, host_colours

__all__ = ["to_html", "write_html"]

#: The page's labels by key, in English; each is put into the page's language by the phrase
#: table (``[words]`` in data/derivations.toml). The page's script reads them by key.
LABELS: dict[str, str] = {
    "title": "{title}: the timeline", "host": "host {code}",
    "intro": "Each row is a series. Dots are sessions known to the day, bars are windows;"
    " solid is stated by an article, dashed is inferred. Click a session for its sources.",
    "held": "held", "planned": "planned", "inferred": "inferred",
    "held-or-planned": "held or planned", "forecast": "forecast", "conflict": "conflict",
    "undated": "undated", "events": "Events", "conflicts": "Conflicts", "date": "Date",
    "inferred window": "Inferred window", "place": "Place", "co-chairs": "Co-chairs",
    "status": "Status", "evidence": "Evidence", "derivation": "Derivation",
    "close": "Close", "none": "none", "stated": "stated", "periods": "Periods",
    "anniversaries": "Anniversaries", "likely": "Most likely",
    "likely window": "Likely window",
}  # fmt: skip


def _words(lang: str) -> dict[str, str]:
    return {key: word(text, lang) for key, text in LABELS.items()}


def _host_style(hosts: Mapping[str, str]) -> str:
    """The CSS of each host's colour: the mark, the window's tint, the legend's swatch."""
    rules = []
    for code, colour in hosts.items():
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        rules.append(
            f".session.host-{code} {{ border-color: {colour}; }}\n"
            f".session.host-{code}:not(.window) {{ background: {colour}; }}\n"
            f".session.window.host-{code} {{ background: rgba({r}, {g}, {b}, .18); }}\n"
            f".legend .host-{code}::before {{ background: {colour}; border-color: {colour}; }}\n"
        )
    return "".join(rules)


_STYLE = """
:root { --other: #6b6b6b; --conflict: #e8590c; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; margin: 0; color: #1d1d1f;
  background: #fafafa; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 1.4rem; margin: 1rem 0 .25rem; }
.intro { color: #555; margin: 0 0 .75rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; font-size: .85rem; color: #333;
  margin-bottom: 1rem; }
.legend span::before { content: ""; display: inline-block; width: 1.6em; height: .8em;
  margin-right: .35em; vertical-align: middle; border: 2px solid #555; border-radius: 3px; }
.legend .l-stated::before { background: #999; }
.legend .l-inferred::before { border-style: dashed; background: repeating-linear-gradient(
  45deg, #eee, #eee 3px, #ccc 3px, #ccc 6px); }
.legend .l-conflict::before { border-color: var(--conflict); border-width: 3px; }
.legend .l-likely::before { background: rgba(0, 0, 0, .35); border-color: transparent; }
.session .likely { position: absolute; top: 2px; bottom: 2px; background: rgba(0, 0, 0, .3);
  border-radius: 2px; pointer-events: none; }
.axis { position: relative; margin-left: 16rem; }
.track { position: relative; }
.axis { height: 1.4rem; border-bottom: 1px solid #bbb; font-size: .75rem; color: #666; }
.axis span { position: absolute; bottom: 2px; transform: translateX(-50%); }
.series { display: grid; grid-template-columns: 16rem 1fr; border-bottom: 1px solid #e4e4e4;
  padding: .35rem 0; }
.series h2 { margin: 0; padding-right: .5rem; font-size: .8rem; font-weight: 600;
  line-height: 1.25; }
.series h2 code { display: block; font-weight: 400; color: #777; font-size: .72rem; }
.session { position: absolute; top: .3rem; height: 1.1rem; min-width: 1.1rem; padding: 0;
  border: 2px solid var(--other); border-radius: .55rem; background: var(--other); color: #fff;
  font: 600 .68rem/1 system-ui, sans-serif; cursor: pointer; transform: translateX(-.55rem); }
.session.window { transform: none; border-radius: 3px; background: rgba(107, 107, 107, .25);
  color: #222; }
.session.inferred { border-style: dashed; background-image: repeating-linear-gradient(
  45deg, transparent, transparent 4px, rgba(0, 0, 0, .12) 4px, rgba(0, 0, 0, .12) 8px); }
.session.planned, .session.held-or-planned { border-style: dotted; }
.session.conflict { outline: 3px solid var(--conflict); outline-offset: 2px; }
.session:focus-visible, .session.selected { outline: 3px solid #f2c200; outline-offset: 2px; }
.undated-list { grid-column: 2; font-size: .72rem; color: #666; }
.session.undated { position: static; display: inline-block; transform: none; margin-left: .3rem;
  padding: 0 .3rem; }
.event { position: absolute; top: .5rem; width: .8rem; height: .8rem; background: #2b8a3e;
  transform: translateX(-.4rem) rotate(45deg); border: 0; padding: 0; cursor: pointer; }
#details { position: fixed; right: 1rem; top: 1rem; bottom: 1rem; width: min(34rem, 92vw);
  overflow: auto; background: #fff; border: 1px solid #ccc; border-radius: 8px;
  box-shadow: 0 6px 30px rgba(0, 0, 0, .18); padding: 1rem 1.2rem; }
#details[hidden] { display: none; }
#details h3 { margin: 0 2.5rem .5rem 0; font-size: 1.05rem; }
#details dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .8rem; }
#details dt { color: #666; }
#details dd { margin: 0; }
#details blockquote { margin: .4rem 0; padding: .3rem .6rem; border-left: 3px solid #ccc;
  background: #f6f6f6; }
#details .source { font-size: .78rem; color: #666; }
#details button.close { position: absolute; right: 1rem; top: .8rem; }
section.list { margin: 1.5rem 0; }
section.list h2 { font-size: 1rem; }
.conflicts li { color: #8a3a00; }
"""

_SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById("vnlao-data").textContent);
  var words = data.words, panel = document.getElementById("details");
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (cls) node.className = cls;
    return node;
  }
  function show(id, button) {
    var item = data.items[id];
    if (!item) return;
    document.querySelectorAll(".selected").forEach(function (n) {
      n.classList.remove("selected");
    });
    if (button) button.classList.add("selected");
    panel.replaceChildren();
    var close = el("button", words.close, "close");
    close.addEventListener("click", function () { panel.hidden = true; });
    panel.appendChild(close);
    panel.appendChild(el("h3", item.title));
    var facts = el("dl");
    item.facts.forEach(function (pair) {
      facts.appendChild(el("dt", pair[0]));
      facts.appendChild(el("dd", pair[1]));
    });
    panel.appendChild(facts);
    var evidence = el("section", null, "evidence");
    evidence.appendChild(el("h4", words.evidence + " (" + item.evidence.length + ")"));
    item.evidence.forEach(function (e) {
      evidence.appendChild(el("blockquote", e.quote, "quote"));
      var source = el("div", null, "source");
      if (e.url) {
        var link = el("a", e.document);
        link.href = e.url;
        source.appendChild(link);
      } else {
        source.textContent = e.document;
      }
      source.appendChild(document.createTextNode(" [" + e.start + ":" + e.end + "]"));
      evidence.appendChild(source);
    });
    if (!item.evidence.length) evidence.appendChild(el("p", words.none));
    panel.appendChild(evidence);
    if (item.derivation.length) {
      var derivation = el("section", null, "derivation");
      derivation.appendChild(el("h4", words.derivation));
      var list = el("ul");
      item.derivation.forEach(function (line) { list.appendChild(el("li", line)); });
      derivation.appendChild(list);
      panel.appendChild(derivation);
    }
    if (item.conflicts.length) {
      var conflicts = el("section", null, "conflicts");
      conflicts.appendChild(el("h4", words.conflict));
      var items = el("ul");
      item.conflicts.forEach(function (line) { items.appendChild(el("li", line)); });
      conflicts.appendChild(items);
      panel.appendChild(conflicts);
    }
    panel.hidden = false;
    panel.dataset.item = id;
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-item]");
    if (button && !panel.contains(button)) show(button.dataset.item, button);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") panel.hidden = true;
  });
})();
"""


def _iso(day: date) -> str:
    return day.isoformat()


class _Page:
    """Builds the page; one instance per call."""

    def __init__(
        self, timeline: Timeline, lang: str, names: Names, urls: Mapping[str, str]
    ) -> None:
        self.timeline = timeline
        self.lang = lang
        self.words = _words(lang)
        self.names = names
        self.urls = urls
        self.items: dict[str, dict[str, Any]] = {}
        days = [
            d
            for s in timeline.sessions()
            for w in (s.when.window if s.when else None, s.series_window)
            if w is not None
            for d in (w.earliest, w.latest)
        ] + [
            d
            for e in timeline.events
            if e.date and e.date.window
            for d in (e.date.window.earliest, e.date.window.latest)
        ]
        first = min(days, default=date(2020, 1, 1))
        last = max(days, default=date(2020, 12, 31))
        self.start = date(first.year, 1, 1)
        self.end = date(last.year + 1, 1, 1)
        self.conflicts: dict[tuple[str | None, int | None], list[str]] = {}
        for conflict in timeline.conflicts:
            self.conflicts.setdefault((conflict.series, conflict.ordinal), []).append(
                conflict.render(self.lang)
            )

    @staticmethod
    def _start(session: Session) -> tuple[int, date]:
        when = session.when
        window = (when.window if when else None) or session.series_window
        return (0, window.earliest) if window else (1, date.max)

    def x(self, day: date) -> float:
        """Percent of the axis at ``day``."""
        total = (self.end - self.start).days
        return round(100 * (day - self.start).days / total, 3)

    def _evidence(self, items: tuple[Evidence, ...]) -> list[dict[str, Any]]:
        return [
            {
                "document": e.document,
                "url": self.urls.get(e.document),
                "start": e.start,
                "end": e.end,
                "quote": " ".join(e.quote.split()),
            }
            for e in items
        ]

    def axis(self) -> str:
        years = range(self.start.year, self.end.year + 1)
        step = max(1, len(years) // 12)
        ticks = "".join(
            f'<span style="left:{self.x(date(y, 1, 1))}%">{y}</span>'
            for y in years
            if (y - self.start.year) % step == 0
        )
        return f'<div class="axis" aria-hidden="true">{ticks}</div>'

    def session(
        self, number: int, session: Session, name: str, lanes: list[float]
    ) -> tuple[str, bool]:
        """The button of a session, and whether it is placed on the axis.

        ``lanes`` holds where each lane of the row is free from (percent of the axis); a
        session goes to the first lane free at its start, so windows never overlap.
        """
        w = self.words
        ident = f"s{number}"
        conflicts = self.conflicts.get((session.series, session.number), [])
        shown = session.when
        window = (shown.window if shown else None) or session.series_window
        status = w.get(session.status.value, session.status.value)
        if session.forecast:
            status += f" ({w['forecast']})"
        kind = w["inferred"] if session.status is Status.INFERRED else w["stated"]
        when = shown.format_iso() if shown else "?"
        if shown and shown.part_of_day:
            when += f" ({word(shown.part_of_day.value, self.lang)})"
        facts = [[w["status"], f"{status} — {kind}"], [w["date"], when]]
        if session.series_window is not None:
            facts.append([w["inferred window"], session.series_window.format_iso()])
        likely = session.likely.value if session.likely else None
        if likely is not None:
            best = f", {likely.most_likely.isoformat()}" if likely.most_likely else ""
            facts.append(
                [
                    w["likely window"],
                    f"{likely.earliest.isoformat()}/{likely.latest.isoformat()}"
                    f" ({likely.level:.0%}{best})",
                ]
            )
        place = session.where
        facts.append([w["place"], self.names.place_label(place, self.lang) or "?"])
        if session.co_chairs:
            facts.append([w["co-chairs"], ", ".join(c.name for c in session.co_chairs)])
        label = "" if session.number is None else str(session.number)
        title = f"{name} {('#' + label) if label else '(' + when + ')'}"
        self.items[ident] = {
            "title": title,
            "facts": facts,
            "evidence": self._evidence(session.evidence),
            "derivation": [d.render(self.lang) for d in session.all_derivations()],
            "conflicts": conflicts,
        }
        host = place.country if place and not place.online else None
        classes = ["session", session.status.value]
        classes.append("inferred" if session.status is Status.INFERRED else "stated")
        if host is not None and re.fullmatch(r"[A-Z]{2}", host):
            classes.append(f"host-{host}")
        if session.forecast:
            classes.append("forecast")
        if conflicts:
            classes.append("conflict")
        tooltip = f"{title}: {when}; {status}"
        if window is None:
            classes.append("undated")
            style = ""
        else:
            if not window.is_day:
                classes.append("window")
            left = self.x(window.earliest)
            width = max(self.x(window.latest) - left, 0.0)
            right = left + max(width, 2.0)  # a dot and its label take about 2% of the axis
            lane = next((i for i, free in enumerate(lanes) if free <= left), len(lanes))
            if lane == len(lanes):
                lanes.append(right)
            lanes[lane] = right + 0.3
            style = f' style="left:{left}%;top:{0.3 + 1.5 * lane}rem'
            style += (f";width:{width}%" if not window.is_day else "") + '"'
        return (
            f'<button type="button" class="{" ".join(classes)}" data-item="{ident}"'
            f' data-ordinal="{label}" data-status="{session.status.value}"{style}'
            f' title="{html.escape(tooltip)}">{self._likely_bar(session, window)}'
            f"{html.escape(label or '•')}</button>",
            window is not None,
        )

    @staticmethod
    def _likely_bar(session: Session, window: DateWindow | None) -> str:
        """The likely window as a darker band inside the session's bar."""
        likely = session.likely.value if session.likely else None
        if likely is None or window is None or window.is_day:
            return ""
        total = (window.latest - window.earliest).days or 1
        first = max((likely.earliest - window.earliest).days, 0)
        last = min((likely.latest - window.earliest).days, total)
        left = round(100 * first / total, 2)
        width = round(100 * max(last - first, 0) / total, 2)
        return f'<span class="likely" style="left:{left}%;width:{width}%"></span>'

    def render(self) -> str:
        w = self.words
        rows = []
        number = 0
        for series in self.timeline.series:
            name = self.names.series_name(series, self.lang)
            placed: list[str] = []
            undated: list[str] = []
            lanes: list[float] = []
            for session in sorted(series.sessions, key=self._start):
                number += 1
                button, on_axis = self.session(number, session, name, lanes)
                (placed if on_axis else undated).append(button)
            undated_html = (
                f'<div class="undated-list">{w["undated"]}: {"".join(undated)}</div>'
                if undated
                else ""
            )
            rows.append(
                f'<section class="series" data-series="{html.escape(series.key)}">'
                f"<h2>{html.escape(name)}<code>{html.escape(series.key)}</code></h2>"
                f'<div class="track" style="height:{0.6 + 1.5 * max(len(lanes), 1)}rem">'
                f"{''.join(placed)}</div>{undated_html}</section>"
            )
        events = []
        for index, event in enumerate(self.timeline.events):
            if event.date is None or event.date.window is None:
                continue
            ident = f"e{index}"
            when = event.date.format_iso()
            self.items[ident] = {
                "title": event.summary,
                "facts": [
                    [w["date"], when],
                    [w["place"], self.names.place_label(event.place, self.lang) or "?"],
                ],
                "evidence": self._evidence(event.evidence),
                "derivation": [d.render(self.lang) for d in event.derivation],
                "conflicts": [],
            }
            events.append(
                f'<button type="button" class="event" data-item="{ident}"'
                f' style="left:{self.x(event.date.window.earliest)}%"'
                f' title="{html.escape(when + ": " + event.summary)}"></button>'
            )
        if events:
            rows.append(
                f'<section class="series events"><h2>{w["events"]}</h2>'
                f'<div class="track" style="height:2rem">{"".join(events)}</div></section>'
            )
        lists = []
        if self.timeline.conflicts:
            items = "".join(
                f"<li>[{html.escape(c.kind)}] {html.escape(c.render(self.lang))}</li>"
                for c in self.timeline.conflicts
            )
            lists.append(
                f'<section class="list conflicts"><h2>{w["conflicts"]}</h2><ul>{items}</ul>'
                "</section>"
            )
        if self.timeline.periods:
            items = "".join(
                f"<li>{p.start_year}–{p.end_year}: {html.escape(p.name)}</li>"
                for p in sorted(self.timeline.periods, key=lambda p: (p.start_year, p.name))
            )
            lists.append(
                f'<section class="list periods"><h2>{w["periods"]}</h2><ul>{items}</ul></section>'
            )
        if self.timeline.anniversaries:
            items = "".join(
                f"<li>{a.year}: {a.nth} — {html.escape(a.name)} ({a.origin_year})</li>"
                for a in self.timeline.anniversaries
            )
            lists.append(
                f'<section class="list anniversaries"><h2>{w["anniversaries"]}</h2>'
                f"<ul>{items}</ul></section>"
            )
        hosts = host_colours(
            self.names.catalogue,
            {
                x.place.country
                for series in self.timeline.series
                for x in series.sessions
                if x.place and x.place.country and not x.place.online
            },
        )
        title = w["title"].format(title=self.names.catalogue.title(self.lang))
        legend = (
            '<div class="legend">'
            f'<span class="l-stated">{w["stated"]}</span>'
            f'<span class="l-inferred">{w["inferred"]}</span>'
            + "".join(
                f'<span class="l-host host-{code}">{html.escape(w["host"].format(code=code))}'
                "</span>"
                for code in hosts
            )
            + f'<span class="l-likely">{w["likely window"].lower()}</span>'
            f'<span class="l-conflict">{w["conflict"]}</span></div>'
        )
        data = json.dumps(
            {"words": w, "items": self.items}, ensure_ascii=False, separators=(",", ":")
        ).replace("</", "<\\/")
        return (
            "<!DOCTYPE html>\n"
            f'<html lang="{self.lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{_STYLE}{_host_style(hosts)}</style>"
            f"</head><body><header><h1>{html.escape(title)}</h1>"
            f'<p class="intro">{html.escape(w["intro"])}</p>{legend}</header>'
            f'<main id="timeline">{self.axis()}{"".join(rows)}{"".join(lists)}</main>'
            '<aside id="details" hidden aria-live="polite"></aside>'
            f'<script type="application/json" id="vnlao-data">{data}</script>'
            f"<script>{_SCRIPT}</script></body></html>\n"
        )


def to_html(
    timeline: Timeline,
    *,
    lang: Lang | str = Lang.EN,
    urls: Mapping[str, str] | None = None,
    catalogue: Catalogue | None = None,
) -> str:
    """The timeline as one self-contained HTML page (styles, script and data inline).

    >>> from vnlao_events import Timeline
    >>> "<main" in to_html(Timeline())
    True

    Args:
        timeline: the timeline.
        lang: ``"en"`` or ``"vi"``, for names, places and labels.
        urls: document id → URL, to link each quote to its article.
        catalogue: for names; the built-in one by default.

    Raises:
        ValueError: for an unknown ``lang``.
    """
    lang = check_lang(lang)
    return _Page(timeline, lang, Names.of(catalogue), dict(urls or {})).render()


def write_html(timeline: Timeline, path_or_file: PathOrFile, **options: Any) -> None:
    """Write :func:`to_html` to a path (atomically) or to an open file.

    >>> import tempfile, pathlib
    >>> from vnlao_events import Timeline
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "t.html"
    >>> write_html(Timeline(), path)
    >>> path.read_text().startswith("<!DOCTYPE html>")
    True

    Raises:
        ExportError: when the file cannot be written.
        PathOrFileError: when ``path_or_file`` is neither a path nor an open file.
    """
    write_target(path_or_file, to_html(timeline, **options), what="page")
