"""Who invited a guest to co-chair, and where a trip ends."""

from __future__ import annotations

import pytest
from tests.texts import mention_chairs, session_mentions


@pytest.mark.parametrize(
    "text",
    [
        "Tổng Bí thư Tô Lâm đồng chủ trì Cuộc gặp cấp cao giữa hai Đảng theo lời mời của Tổng Bí"
        " thư, Chủ tịch nước Lào Thongloun Sisoulith.",
        "Tổng Bí thư Tô Lâm đồng chủ trì Cuộc gặp cấp cao giữa hai Đảng theo lời mời của Tổng Bí"
        " thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Chủ tịch nước Cộng hòa Dân chủ"
        " Nhân dân Lào Thongloun Sisoulith.",
        "General Secretary To Lam co-chaired the high-level meeting between the two Parties at the"
        " invitation of General Secretary and President Thongloun Sisoulith.",
    ],
)
def test_an_inviter_of_the_guests_title_in_a_chain_of_titles_co_chairs(text):
    """One of the host's titles is the guest's: the host is the guest's counterpart."""
    assert mention_chairs(text) == {"Tô Lâm", "Thongloun Sisoulith"}


def test_an_inviter_of_another_title_only_invited():
    """A President who is no General Secretary invited; the session's co-chair is the guest."""
    text = (
        "Tổng Bí thư Tô Lâm đồng chủ trì Cuộc gặp cấp cao giữa hai Đảng theo lời mời của Chủ tịch"
        " nước Lào Thongloun Sisoulith."
    )
    assert mention_chairs(text) == {"Tô Lâm"}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Lao Prime Minister Thongloun Sisoulith will lead a delegation to Vietnam to attend"
            " and co-chair the 41st meeting of the Vietnam-Laos Inter-Governmental Committee."
            " The Lao PM makes the trip at the invitation of his Vietnamese counterpart Nguyen"
            " Xuan Phuc.",
            "Nguyễn Xuân Phúc",
        ),
        (
            "Lao Prime Minister Thongloun Sisoulith will lead a delegation to Vietnam to attend"
            " and co-chair the 41st meeting of the Vietnam-Laos Inter-Governmental Committee."
            " The Lao PM makes the trip at the invitation of hisVietnamese counterpart Nguyen"
            " Xuan Phuc.",  # the space lost in scraping
            "Nguyễn Xuân Phúc",
        ),
        (
            "Thủ tướng Lào Thongloun Sisoulith sẽ sang Việt Nam đồng chủ trì Kỳ họp lần thứ 41 Ủy"
            " ban liên Chính phủ. Chuyến thăm được thực hiện theo lời mời của người đồng cấp Việt"
            " Nam Nguyễn Xuân Phúc.",
            "Nguyễn Xuân Phúc",
        ),
    ],
)
def test_an_inviter_named_as_the_counterpart_co_chairs(text, host):
    """An inviter called the guest's counterpart ("his Vietnamese counterpart X") co-chairs."""
    assert mention_chairs(text) == {"Thongloun Sisoulith", host}


def test_an_inviter_of_another_rank_in_the_next_sentence_only_invited():
    """A General Secretary who invites a Prime Minister is no counterpart: only the guest."""
    text = (
        "Thủ tướng Lào Thongloun Sisoulith sẽ sang Việt Nam đồng chủ trì Kỳ họp lần thứ 41 Ủy ban"
        " liên Chính phủ. Chuyến thăm được thực hiện theo lời mời của Tổng Bí thư Nguyễn Phú Trọng."
    )
    assert mention_chairs(text) == {"Thongloun Sisoulith"}


@pytest.mark.parametrize(
    "text",
    [
        "Tối 2/12, Tổng Bí thư Tô Lâm đã về đến Hà Nội, kết thúc chuyến thăm cấp Nhà nước tới Lào"
        " và đồng chủ trì Cuộc gặp cấp cao giữa hai Đảng từ ngày 1 đến 2/12/2025.",
        "On December 2, General Secretary To Lam arrived back in Hanoi, concluding a state visit"
        " to Laos where he co-chaired the high-level meeting between the two Parties from"
        " December 1-2, 2025.",
    ],
)
def test_the_way_home_is_not_where_the_trips_session_was(text):
    """The place a trip comes home to ("về đến Hà Nội", "arrived back in Hanoi") is no scene."""
    (mention,) = session_mentions(text)
    assert mention.place is not None
    assert mention.place.country == "LA"


@pytest.mark.parametrize(
    "text",
    [
        "General Secretary Nguyen Phu Trong and Lao General Secretary Thongloun Sisoulith"
        " co-chaired the meeting of the Politburo of the two countries in Hanoi on January 9,"
        " 2022.",
        "Vietnam and Laos held the meeting of the Political Bureau of the two Parties in Hanoi on"
        " January 9, 2022.",
    ],
)
def test_the_politburo_of_the_two_countries_is_both_politburos(text):
    """The Politburo of the two countries names both Politburos: the Parties' meeting."""
    (mention,) = session_mentions(text)
    assert mention.series == "party-high-level-meeting"


def test_one_partys_politburo_is_no_meeting_of_the_two():
    """One Party's Politburo meeting is no meeting of the two."""
    assert not session_mentions(
        "The Politburo of the Lao party met in Vientiane on January 9, 2022."
    )
