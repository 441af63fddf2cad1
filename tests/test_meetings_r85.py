"""The session of a body of two lands is theirs whoever agrees to hold (convene) it; "X ..., and accepted an invitation to
visit" is X's trip."""

from test_meetings import found

_TALKS = "Thai Foreign Minister Maris Sangiampongsa held talks with his Lao counterpart Thongsavanh Phomvihane in Vientiane on Monday. "


def test_the_session_of_a_committee_of_two_named_lands_is_theirs():
    text = _TALKS + (
        "The ministers agreed to convene the fourth session of the Thailand-Laos Intergovernmental Committee on "
        "Economic Cooperation in Bangkok next year."
    )
    assert found(text, "2024-11-20")[1] == (["Thailand", "Laos"], "Bangkok", "2025", "meeting", "planned")


def test_whoever_accepts_an_invitation_after_a_comma_and_makes_the_trip():
    text = (
        "Prime Minister Paetongtarn Shinawatra asked the minister to convey her regards to President Thongloun Sisoulith "
        "and Prime Minister Sonexay Siphandone, and accepted with thanks an invitation to make an official visit to Laos next year."
    )
    assert found(text, "2024-11-20") == [(["Paetongtarn Shinawatra", "Laos"], "Laos", "2025", "visit", "planned")]
