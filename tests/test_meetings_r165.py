"""A "preparatory meeting" (or "preliminary meeting") told past the lead's first sentence readies the gathering the story reports:
it is not the meeting told before it, so it lends that meeting neither its day nor its place ("On the sidelines of
the summit, X met A and B. ... Foreign Minister Y had attended on Monday the preparatory meeting of the Arab foreign
ministers": the talks keep the summit's day); in the lead's sentence it is the news itself."""

from test_meetings import found

SUMMIT = (
    "RIYADH, May 16 (SPA) - King Salman opened on Thursday the Arab summit hosted by Saudi Arabia in Riyadh.\n"
    "Before the leaders gathered, the crown prince greeted the guests at the King Abdulaziz conference hall.\n"
    "During the day, the King also held separate talks with Iraqi President Abdul Latif Rashid and Jordan's King Abdullah II.\n"
    "Foreign Minister Faisal bin Farhan had chaired on Tuesday the preparatory meeting of the Arab foreign ministers in the capital."
)


def test_a_preparatory_meeting_after_the_lead_is_not_the_talks_before_it():
    assert found(SUMMIT, "2024-05-16") == [
        (["Salman bin Abdulaziz Al Saud", "Abdul Latif Rashid"], "Riyadh", "2024-05-16", "meeting", "held"),
        (["Salman bin Abdulaziz Al Saud", "Abdullah II"], "Riyadh", "2024-05-16", "meeting", "held"),  # (before: Tuesday)
        (["Arab League", "Faisal bin Farhan bin Abdullah Al Saud"], "Riyadh", "2024-05-14", "summit", "held"),
    ]


def test_a_preparatory_meeting_in_the_lead_is_the_news():
    text = (
        "Gulf ministers prepare summit\n"
        "DOHA, Dec 2 (QNA) - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani chaired on Monday the preparatory meeting "
        "of the GCC Ministerial Council for the upcoming GCC summit, which will open in Doha on Tuesday.\n"
        "On the sidelines of the meeting, he met Omani Foreign Minister Badr Albusaidi."
    )
    assert (["Mohammed bin Abdulrahman Al Thani", "Badr Albusaidi"], "Doha", "2024-12-02", "meeting", "held") in found(text, "2024-12-02")
