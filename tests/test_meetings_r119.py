"""A summit named by two blocs joined by a hyphen or a slash ("hosted the first GCC-ASEAN summit", "the EU/AU
summit"): both blocs take part, whoever hosts, as when a leader attends it."""

from test_meetings import found


def test_a_host_of_a_hyphenated_two_bloc_summit_has_both_blocs():
    text = "Saudi Arabia hosted the first GCC-ASEAN summit in Riyadh on Sunday, with trade high on the agenda."
    assert found(text, "2025-03-04") == [
        (["Saudi Arabia", "Gulf Cooperation Council", "Association of Southeast Asian Nations"], "Riyadh", "2025-03-02", "summit", "held")
    ]


def test_a_host_of_a_slashed_two_bloc_summit_has_both_blocs():
    text = "Egypt will host the EU/AU summit in Cairo next month, officials in both capitals confirmed."
    assert found(text, "2025-03-04") == [
        (["Egypt", "European Union", "African Union"], "Cairo", "2025-04", "summit", "planned")
    ]


def test_a_leader_attending_a_slashed_two_bloc_summit_meets_both_blocs():
    text = "President Cyril Ramaphosa attended the EU/AU summit in Brussels on Sunday to press for debt relief."
    assert found(text, "2025-03-04") == [
        (["Cyril Ramaphosa", "European Union", "African Union"], "Brussels", "2025-03-02", "summit", "held")
    ]


def test_a_single_bloc_summit_keeps_its_one_bloc():
    text = "Brazil is to host the coming Mercosur summit in Brasilia in July, the foreign ministry said."
    assert found(text, "2025-03-04") == [(["Brazil", "Mercosur"], "Brasilia", "2025-07", "summit", "planned")]
