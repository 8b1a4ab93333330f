"""The fifth to the fourteenth dev sets (``tests/data/dev5`` … ``dev14``): real articles.

Each article is read alone with only its own header, as ``benchmarks/evaluate.py`` does, and
scored against what a careful reader takes from it (``devN-gold.json``). What each set holds
and its known misses (strict xfails: a miss that is mended must be unmarked):

dev5: sessions named in a headline without their level, a session named beside another
pair's ("the 17th meeting of their Joint Committee" of Vietnam and Cambodia), a session on a
visit day, lists of attendants side by side, an inviter with the state's full name, and near
misses (the CLV summit and other multilateral summits, a border-defence exchange,
provincial border-guard talks, an academy seminar). Known misses: an excerpt whose lead is
cut names its Party summit by no series word; a reception report whose workshop is told
both as ahead and as done; and a welcome report whose session is dated and co-chaired only
by "He will also join his Vietnamese counterpart in …".

dev6: the defence policy dialogue and the security cooperation conference, a consultation
whose results a later sentence reports before another series, an inviter named as the
guest's counterpart in the sentence after, a homecoming report of a Party summit held
abroad, "the meeting of the Politburo of the two countries", and a near miss (another pair's
committee). Known misses: a "first-ever … exchange" that the recognisers leave unnumbered
and so unread; an announcement "early next year" with no published date; a reception whose
session is told both as ahead and as done; and two visits whose sessions the gold reads as
held or as planned where the text leaves them open.

dev7: security cooperation conferences from the 12th to the 15th, border meetings,
theoretical workshops, Intergovernmental Committee sessions named beside one another, a
defence policy dialogue, and near misses (Party officials' talks, a provincial visit, a state
visit). Known misses: the yearly conference of the two public-security ministers, a series
the built-in catalogue does not hold; a text whose words run together, whose 38th meeting
"slated for later thisyear" has no year to take and whose "theorganisation of the annual
ministerial consultation meeting in late2015" is left unread; and a reception of a
delegation come to attend a workshop, which the gold reads as still to come and the text
leaves open.

dev8: Intergovernmental Committee sessions named by their minutes or by a meeting that
prepared them, two government letters, a workshop called "Theory Conference", ordinals
written "36 th" and "Kỳ họp 48", a series named in the Lao order, and a near miss. Known
misses: a border meeting whose ordinal only the address gives (the gold leaves it null, the
extractor reads it from the address, one spurious session); an unnumbered "theoretical
seminar" with no date; and two sessions the gold reads as held or as planned where the
text leaves them open or tells them of a day between.

dev9 (Vietnamese) and dev10 (English), collected and scored before any rule was written from
them: border meetings, theoretical workshops, defence dialogues, security conferences,
Intergovernmental Committee sessions, a foreign ministers' consultation, the Parties'
summits, and near misses (another pair's joint committee, phone calls, peace committees, an
academies' seminar, an anniversary symposium). Their known misses, kept as found: ordinals only
the address gives (the gold leaves them null, the extractor reads them: a spurious session and
a miss each, dev9-02, dev9-06, dev10-03); "the previous conference" that the extractor numbers
13th where the gold leaves it unnumbered (dev10-13); a bare "Hội nghị" of the border
delegations (dev9-03); a series the catalogue does not hold (the National Assembly offices'
seminar, dev10-12); an unnumbered ministers' consultation inside a list of agreements
(dev10-02); co-chairs the gold takes from attendance lists or captions, or one side alone in a
sentence of several people; dates the gold takes from the published month or from a range's
first day; and receptions whose session the gold reads as still to come or left open.

dev11 (ten Vietnamese, ten English, mostly from outlets the other sets hold little of) was
scored once before it was read: F1 0.93, fields 0.65, the same at the previous landing and
with this set's rules. Known misses: a sub-committees' meeting the gold takes for the 36th
Committee session; an unnumbered ministers' consultation dated only by "in late 2015"; a
misprinted year ("tháng 3/20022"); and dates the gold takes from a range's first day or from
an inferred year. (A caption glued to the lead, "… on Sunday. — VNA/VNS Photo HÀ NỘI — The 43rd
session …", hid the session's day and place until a stop before a dash ended a sentence.)

dev12 (twenty Vietnamese) was scored once before it was read: F1 0.79, fields 0.42 (0.73 of
the sessions found). Its rules since: outcomes told by a subject and its verb ("Tại cuộc họp,
hai Phó Thủ tướng ký …"), "đang" over listed verbs, "đã dự", "Ủy ban Hợp tác Liên Chính
phủ", invitations to co-chair, "Nhân dịp này" pointing back, a gloss "(Lào, tháng 6/2023)",
a semicolon list item sharing "đã", the partner after an elided subject, a working trip's
days. Known misses: three series the catalogue does not hold (the border defence friendship
exchange, the public-security ministers' conference on crime, two provinces' military talks);
an unnumbered "Hội thảo" the gold names from its context; and dates the gold takes from the
published month of a reception.

dev13 (twenty English) and dev14 (ten Vietnamese, ten English) were each scored once before
they were read: dev13 F1 0.93, fields 0.65; dev14 F1 0.95, fields 0.54. Their rules since:
"The Lao delegation is headed by Y" after "… is led by X", "The" as the middle name Thế,
"ministerial-level consultation", "the year just past", attendance lists, "hosted a
reception … for Y, who is leading a delegation to attend", "hoan nghênh" (not "hoãn"), and
a name never cut after twenty words of titles. Known misses: dates the gold takes from a
reception's published month, from years the text implies ("the remaining months of 2014",
"achievements in 2017"), or from a visit's span; a mid-year review by one side's
sub-committee; a "first defence policy exchange" the catalogue does not name so; an
occasion frame ("on the occasion of accompanying the PM to the 47th meeting") that keeps
the session's day, place and status from the sentence; and a reception whose session the
next sentence praises as done.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from tests.gold import evaluate_articles, read_set, sources_of

import vnlao_events as ve

DATA = Path(__file__).parent / "data"
CATALOGUE = ve.Catalogue.default()


class DevSet(NamedTuple):
    """One dev set: its size and its known misses."""

    name: str
    size: int
    not_found: frozenset[str]  # articles with a session not found (one each)
    fields_wrong: frozenset[str]  # articles with a field wrong
    spurious: int  # false sessions over the set
    misses: int  # lines of misses over the set
    more_not_found: int = 0  # sessions not found beyond one per article of ``not_found``


SETS = (
    DevSet("dev5", 18, frozenset({"09"}), frozenset({"04", "09", "18"}), 0, 4),
    DevSet("dev6", 18, frozenset({"07"}), frozenset({"03", "07", "11", "13", "16"}), 0, 5),
    DevSet("dev7", 18, frozenset({"07", "08"}), frozenset({"03", "07", "08"}), 0, 4),
    DevSet("dev8", 13, frozenset({"01", "10"}), frozenset({"01", "02", "03", "10"}), 1, 5),
    DevSet(
        "dev9",
        20,
        frozenset({"02", "03", "06"}),
        frozenset({"02", "03", "04", "06", "08", "10", "11", "13", "14", "16"}),
        2,
        14,
    ),
    DevSet(
        "dev10",
        20,
        frozenset({"02", "03", "12", "13"}),
        frozenset({"02", "03", "06", "08", "09", "12", "13", "14"}),
        2,
        13,
    ),
    DevSet(
        "dev12",
        20,
        frozenset({"10", "11", "12", "13", "14"}),
        frozenset({"02", "08", "10", "11", "12", "13", "14"}),
        0,
        8,
        1,  # dev12-14 names two rounds of a series the catalogue does not hold
    ),
    DevSet(
        "dev13",
        20,
        frozenset({"03"}),
        frozenset({"01", "03", "05", "06", "10", "11", "13", "14"}),
        0,
        9,
    ),
    DevSet(
        "dev14",
        20,
        frozenset({"06"}),
        frozenset({"02", "06", "11", "12", "13", "14", "15", "16"}),
        0,
        14,
    ),
    DevSet(
        "dev11",
        20,
        frozenset({"03", "13"}),
        frozenset({"01", "03", "06", "13", "14", "15", "17"}),
        0,
        8,
    ),
)


def _ids(dev: DevSet) -> list[str]:
    return [f"{dev.name}-{n:02d}.txt" for n in range(1, dev.size + 1)]


@cache
def _docs(name: str) -> dict[str, ve.Document]:
    """Every article of a set, each with its published header read."""
    dev = next(d for d in SETS if d.name == name)
    return read_set(DATA / name, _ids(dev))


@cache
def _gold(name: str) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((DATA / f"{name}-gold.json").read_text("utf-8"))
    return gold


def _articles(kind: str) -> list[object]:
    params: list[object] = []
    for dev in SETS:
        known = dev.not_found if kind == "found" else dev.fields_wrong
        for name in _ids(dev):
            marks = []
            if name.split("-")[1].removesuffix(".txt") in known:
                marks.append(pytest.mark.xfail(strict=True, reason="known miss"))
            params.append(pytest.param(dev.name, name, marks=marks, id=name))
    return params


@pytest.mark.parametrize(("set_name", "name"), _articles("found"))
def test_article_sessions_are_found(set_name, name):
    """Every session the gold takes from the article is found, and nothing else."""
    gold = sources_of(_gold(set_name), name)
    result = evaluate_articles([_docs(set_name)[name]], gold, CATALOGUE)
    assert (result["fn"], result["fp"]) == (0, 0), result["misses"]


@pytest.mark.parametrize(("set_name", "name"), _articles("fields"))
def test_article_fields_are_right(set_name, name):
    """Every field the gold gives is right, article by article (known misses marked)."""
    gold = sources_of(_gold(set_name), name)
    result = evaluate_articles([_docs(set_name)[name]], gold, CATALOGUE)
    assert not result["misses"], result["misses"]


@pytest.mark.parametrize("dev", SETS, ids=[d.name for d in SETS])
def test_set_together(dev):
    """Over a set: every session but the known misses found, no other false one."""
    sessions = _gold(dev.name)["sessions"]
    result = evaluate_articles(list(_docs(dev.name).values()), sessions, CATALOGUE)
    assert (result["fn"], result["fp"]) == (
        len(dev.not_found) + dev.more_not_found,
        dev.spurious,
    )
    assert len(result["misses"]) == dev.misses, result["misses"]
