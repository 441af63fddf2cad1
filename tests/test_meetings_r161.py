"""An invitation told in a transcript's turn as an expectation to attend a named gathering ("we are expecting you in
Rio in November for the G20 summit"): the speaker and the one other speaker attend that summit, planned, there and
then (before: the gathering had no persons and was not reported)."""

from test_meetings import found


def test_expecting_you_for_a_summit_is_both_speakers_at_it():
    text = (
        "President of Brazil Luiz Inacio Lula: Dear Prime Minister, good afternoon.\n\n"
        "Our trade keeps growing and our ministers talk often. Let me add that we are expecting you in Rio de Janeiro "
        "in November for the G20 summit, which our country chairs this year.\n\n"
        "Prime Minister of India Narendra Modi: Thank you, my friend. I am glad to be here."
    )
    summits = [m for m in found(text, "2024-07-10") if m[3] == "summit"]
    assert summits == [(["Luiz Inacio Lula", "Narendra Modi", "Group of Twenty"], "Rio de Janeiro", "2024-11", "summit", "planned")]
