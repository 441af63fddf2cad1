"""A summit named by a bloc joined to a country ("the ASEAN-China summit", "the China-CELAC forum", "the
EU-Japan summit"): the country takes part too, beside the bloc and the host or attendee, unless a leader of it is
already there or "both leaders" told before stand for it; "the China-hosted summit" names no side."""

from test_meetings import found


def test_a_host_of_a_bloc_and_country_summit_has_the_country_too():
    text = "Malaysia hosted the ASEAN-China summit in Kuala Lumpur on Tuesday, with the South China Sea on the table."
    assert found(text, "2025-03-06") == [
        (["Malaysia", "Association of Southeast Asian Nations", "China"], "Kuala Lumpur", "2025-03-04", "summit", "held")
    ]


def test_a_country_named_before_the_bloc_takes_part_too():
    text = "President Lula attended the China-CELAC forum in Beijing on Tuesday to court new investment in railways."
    assert found(text, "2025-03-06") == [
        (["Luiz Inácio Lula da Silva", "Community of Latin American and Caribbean States", "China"], "Beijing", "2025-03-04", "summit", "held")
    ]


def test_the_leader_of_the_named_country_stands_for_it():
    text = "Prime Minister Shigeru Ishiba attended the EU-Japan summit in Brussels on Tuesday to discuss defence ties."
    assert found(text, "2025-03-06") == [
        (["Shigeru Ishiba", "European Union"], "Brussels", "2025-03-04", "summit", "held")
    ]


def test_both_leaders_told_before_stand_for_the_named_country():
    text = (
        "President Ferdinand Marcos Jr. welcomed President Lee Jae-myung of South Korea to Manila on Tuesday. The two "
        "leaders are both due to attend the ASEAN-Korea summit in Vientiane next month."
    )
    assert found(text, "2025-03-06") == [
        (["Ferdinand Marcos Jr.", "Lee Jae-myung"], "Manila", "2025-03-04", "meeting", "held"),
        (["Ferdinand Marcos Jr.", "Lee Jae-myung", "Association of Southeast Asian Nations"], "Vientiane", "2025-04", "summit", "planned"),
    ]


def test_a_summit_hosted_by_a_country_names_no_side():
    text = "President Lula attended the China-hosted summit in Beijing on Tuesday to court new investment in railways."
    assert found(text, "2025-03-06") == []
