"""A session's own record, its minutes: carried out, it tells the session held."""

from __future__ import annotations

import pytest
from tests.texts import phrase_rows, session_mentions

import vnlao_events as ve

RECORDS = phrase_rows("status", "records")
CARRY_OUT = phrase_rows("status", "carry_out")


def _status(text: str, published: str | None = "2025-01-08") -> ve.Status:
    found = session_mentions(text, published)
    assert len(found) == 1, (text, found)
    return found[0].status


def _sentence(lang: str, before: str, record: str) -> str:
    if lang == "vi":
        return f"Hai bên {before} {record} Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào."
    return (
        f"The two sides {before} the {record} the 46th meeting of the Intergovernmental Committee."
    )


@pytest.mark.parametrize(("lang", "verb"), CARRY_OUT)
@pytest.mark.parametrize("tense", ["past", "future"])
def test_minutes_carried_out_tell_their_session_held(lang, verb, tense):
    """'thực hiện Biên bản Kỳ họp 46', 'will implement the minutes of the 46th': it was held."""
    record = next(r for language, r in RECORDS if language == lang)
    if lang == "vi":
        before = f"{'đã tiếp tục' if tense == 'past' else 'sẽ tiếp tục'} {verb}"
    else:
        before = f"{'agreed to' if tense == 'past' else 'will'} {verb}"
    assert _status(_sentence(lang, before, record)) is ve.Status.HELD


@pytest.mark.parametrize(("lang", "record"), RECORDS)
def test_minutes_still_to_be_signed_tell_no_session_held(lang, record):
    """'sẽ ký Biên bản Kỳ họp 46', 'will sign the minutes of the 46th': signed there, ahead."""
    before = "sẽ ký" if lang == "vi" else "will sign"
    assert _status(_sentence(lang, before, record)) is not ve.Status.HELD


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị sẽ rà soát, xây dựng 2 văn kiện của Kỳ họp 47 gồm Biên bản Kỳ họp lần thứ 47 Ủy"
        " ban liên Chính phủ và Thỏa thuận về Kế hoạch hợp tác năm 2025.",
        "Officials agreed on the drafts of two documents - the minutes of the 47th meeting of the"
        " Intergovernmental Committee and the 2025 cooperation plan.",
    ],
)
def test_minutes_drafted_tell_no_session_held(text):
    """Minutes are drafted before their session: drafting them tells nothing held."""
    assert _status(text) is not ve.Status.HELD


def test_minutes_coordinated_after_an_agreement_carried_out_tell_held():
    """'thực hiện Hiệp định … và Biên bản cuộc họp thường niên lần thứ 28': a past meeting."""
    text = (
        "Hai bên đã kiểm điểm kết quả 1 năm thực hiện Hiệp định về Quy chế quản lý biên giới "
        "giữa hai nước và Biên bản cuộc họp thường niên lần thứ 28 giữa hai Đoàn đại biểu biên "
        "giới Việt Nam - Lào."
    )
    assert _status(text, None) is ve.Status.HELD


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "He reported the outcomes of the talks between the two councils, saying he believed"
            " that the 11th theoretical workshop between the two Parties will shed light on"
            " critical issues.",
            ve.Status.PLANNED,
        ),
        (
            "He reported the outcomes of the 11th theoretical workshop between the two Parties.",
            ve.Status.HELD,
        ),
    ],
)
def test_a_result_s_object_is_the_first_thing_after_it(text, status):
    """'the outcomes of the talks …, saying … the 11th workshop will …': the talks' outcomes."""
    assert _status(text, "2024-11-20") is status
