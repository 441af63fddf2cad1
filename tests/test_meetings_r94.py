"""Calls to several leaders one by one: "contacted A and B separately by phone", "called A and B separately"."""

from test_meetings import found


def test_contacted_by_phone_separately_is_one_call_each():
    text = "Prime Minister Anwar Ibrahim contacted Hun Manet and Paetongtarn Shinawatra separately by phone on Thursday."
    assert found(text, "2025-07-25") == [
        (["Anwar Ibrahim", "Hun Manet"], None, "2025-07-24", "call", "held"),
        (["Anwar Ibrahim", "Paetongtarn Shinawatra"], None, "2025-07-24", "call", "held"),
    ]


def test_called_separately_is_one_call_each():
    text = "Anwar Ibrahim called Hun Manet and Paetongtarn Shinawatra separately on Thursday."
    assert [m[0] for m in found(text, "2025-07-25")] == [["Anwar Ibrahim", "Hun Manet"], ["Anwar Ibrahim", "Paetongtarn Shinawatra"]]


def test_contacted_with_no_phone_named_is_no_call():
    assert found("Anwar Ibrahim contacted Hun Manet on Thursday about the border.", "2025-07-25") == []
