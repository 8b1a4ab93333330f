"""The counterpart who invited a guest to co-chair is the other co-chair."""

from __future__ import annotations

import pytest
from tests.texts import session_mentions


@pytest.mark.parametrize(
    "invitation",
    [
        "at the invitation of his counterpart Nguyen Xuan Phuc",
        "at the invitation of his Vietnamese counterpart Nguyen Xuan Phuc",
    ],
)
def test_the_inviting_counterpart_after_the_session_co_chairs_it(invitation):
    """'… to co-chair the 42nd meeting … at the invitation of his counterpart X': both."""
    text = (
        "Lao Prime Minister Thongloun Sisoulith is leading a delegation to Vietnam for a visit and"
        " to co-chair the 42nd meeting of the Vietnam – Laos Inter-Governmental Committee from"
        f" January 2-4 {invitation}."
    )
    (mention,) = session_mentions(text, "2020-01-02")
    assert [p.name for p in mention.co_chairs] == ["Nguyễn Xuân Phúc", "Thongloun Sisoulith"]


def test_an_inviter_of_another_rank_is_no_co_chair():
    """'at the invitation of General Secretary X': X invited, the PM co-chairs with another."""
    text = (
        "Lao Prime Minister Thongloun Sisoulith is leading a delegation to Vietnam to co-chair the"
        " 42nd meeting of the Vietnam – Laos Inter-Governmental Committee at the invitation of"
        " General Secretary Nguyen Phu Trong."
    )
    (mention,) = session_mentions(text, "2020-01-02")
    assert "Nguyễn Phú Trọng" not in [p.name for p in mention.co_chairs]


def test_the_inviting_counterpart_in_vietnamese_after_a_guest_leading_a_delegation():
    """'X dẫn đầu Đoàn … đồng chủ trì Kỳ họp … theo lời mời của người đồng cấp Y': X and Y."""
    text = (
        "Thủ tướng Lào Thongloun Sisoulith dẫn đầu Đoàn đại biểu sang thăm Việt Nam và đồng chủ"
        " trì Kỳ họp lần thứ 42 Ủy ban liên Chính phủ Việt Nam - Lào theo lời mời của người đồng"
        " cấp Nguyễn Xuân Phúc."
    )
    (mention,) = session_mentions(text, "2020-01-02")
    assert [p.name for p in mention.co_chairs] == ["Nguyễn Xuân Phúc", "Thongloun Sisoulith"]
