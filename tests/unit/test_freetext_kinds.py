"""parse_free_text on messages written the way reps write them (issue 12): lead-ins, words after the
company, separators, labels, titles, lower case, phone formats; and it never guesses."""

from __future__ import annotations

import pytest

from bot.domain.freetext import parse_free_text

Values = dict[str, str]

KINDS: list[tuple[str, str, str, Values]] = [
    # lead-in phrases are not the name
    ("lead-in", "Could you log Tom Baker, tom@gallifrey.io, Gallifrey Labs", "US",
     {"name": "Tom Baker", "email": "tom@gallifrey.io", "company": "Gallifrey Labs"}),
    ("lead-in", "New referral: Rose Tyler from Henrik's, 415 555 0123", "US",
     {"name": "Rose Tyler", "company": "Henrik's", "phone": "+14155550123"}),
    ("lead-in", "Hey, I met Martha Jones at Royal Hope, martha@royalhope.org", "US",
     {"name": "Martha Jones", "company": "Royal Hope", "email": "martha@royalhope.org"}),
    ("lead-in", "Spoke with Donna Noble (HC Clements) earlier", "US",
     {"name": "Donna Noble", "company": "HC Clements"}),
    ("lead-in", "Great meeting today with Amy Pond, CEO at Leadworth Mills", "US",
     {"name": "Amy Pond", "company": "Leadworth Mills"}),
    ("lead-in", "Intro from Rory: Clara Oswald, clara@coal-hill.sch.uk", "GB",
     {"name": "Clara Oswald", "email": "clara@coal-hill.sch.uk"}),
    # words after the company stay out of it
    ("trailing", "Jack Harkness at Torchwood this morning", "US", {"name": "Jack Harkness", "company": "Torchwood"}),
    ("trailing", "Ianto Jones from Cardiff Bay wants a trial, 415-555-0177", "US",
     {"name": "Ianto Jones", "company": "Cardiff Bay", "phone": "+14155550177"}),
    ("trailing", "River Song, Stormcage Ltd, asking about pricing", "US",
     {"name": "River Song", "company": "Stormcage Ltd"}),
    ("trailing", "Owen Harper from Vandelay Industries?", "US",
     {"name": "Owen Harper", "company": "Vandelay Industries"}),
    ("trailing", "Closed a demo with Gwen Cooper at Globex \U0001f389", "US",
     {"name": "Gwen Cooper", "company": "Globex"}),
    # separators
    ("separator", "Ana Souza (Natura) ana@natura.com.br", "BR", {"name": "Ana Souza", "company": "Natura",
                                                                 "email": "ana@natura.com.br"}),
    ("separator", "+1 617 555 0175 / Jimmy Olsen / Daily Planet", "US",
     {"phone": "+16175550175", "name": "Jimmy Olsen", "company": "Daily Planet"}),
    ("separator", "Perry White \u2013 Daily Planet \u2013 perry@dailyplanet.com", "US",
     {"name": "Perry White", "company": "Daily Planet", "email": "perry@dailyplanet.com"}),
    ("separator", "Lex Luthor | LexCorp | lex@lexcorp.com", "US",
     {"name": "Lex Luthor", "company": "LexCorp", "email": "lex@lexcorp.com"}),
    ("separator", "Lerato Dube, +27 82 123 4567, Sun Power (Pty) Ltd", "ZA",
     {"name": "Lerato Dube", "phone": "+27821234567", "company": "Sun Power (Pty) Ltd"}),
    # labels
    ("label", "Contact: Miguel Torres, company Initrode, miguel@initrode.com", "US",
     {"name": "Miguel Torres", "company": "Initrode", "email": "miguel@initrode.com"}),
    ("label", "Person: Fatima Zahra, her email is fatima@orbit.io", "US", {"name": "Fatima Zahra",
                                                                          "email": "fatima@orbit.io"}),
    ("label", "Terry Jeffords, his number is 718 555 0111", "US", {"name": "Terry Jeffords", "phone": "+17185550111"}),
    ("label", "Name - Holly Flax; cell 646 555 0122; Sabre", "US",
     {"name": "Holly Flax", "phone": "+16465550122", "company": "Sabre"}),
    ("label", "Contact: Pam Beesly. Email: pam@dunder.com. Company: Dunder Mifflin", "US",
     {"name": "Pam Beesly", "email": "pam@dunder.com", "company": "Dunder Mifflin"}),
    ("label", "Her name is Peggy Olson and her email is peggy@olson.co", "US",
     {"name": "Peggy Olson", "email": "peggy@olson.co"}),
    # titles and particles
    ("title", "Mr. Ron Swanson of Very Good Building Co, ron@vgbc.com", "US",
     {"name": "Ron Swanson", "company": "Very Good Building Co", "email": "ron@vgbc.com"}),
    ("title", "Prof. Alan Turing from Bletchley Analytics", "GB", {"name": "Alan Turing",
                                                                   "company": "Bletchley Analytics"}),
    ("title", "VP Sales at Hooli", "US", {"company": "Hooli"}),
    ("title", "Leonardo da Vinci of Renaissance Design", "US", {"name": "Leonardo da Vinci",
                                                                "company": "Renaissance Design"}),
    ("title", "spoke with the CFO at Pied Piper, Monica Hall", "US", {"name": "Monica Hall", "company": "Pied Piper"}),
    # lower case
    ("lowercase", "met ada park at initrode", "US", {"name": "ada park", "company": "initrode"}),
    ("lowercase", "dan hughes from dropbox wants pricing", "US", {"name": "dan hughes", "company": "dropbox"}),
    ("lowercase", "Jane Roe at initrode, not at 3pm", "US", {"name": "Jane Roe", "company": "initrode"}),
    ("lowercase", "jane at acme", "US", {}),  # maybe a mistyped email: no guess
    ("lowercase", "luis garcia works at spotify, 917 555 0121", "US",
     {"name": "luis garcia", "company": "spotify", "phone": "+19175550121"}),
    # phone formats
    ("phone", "Harriet Vane, 0044 20 7946 0321", "US", {"name": "Harriet Vane", "phone": "+442079460321"}),
    ("phone", "Kim Park at FedEx, 1-800-GO-FEDEX", "US", {"name": "Kim Park", "company": "FedEx",
                                                          "phone": "+18004633339"}),
    ("phone", "Noah Kim, 212-555-0187 x204", "US", {"name": "Noah Kim", "phone": "+12125550187 ext. 204"}),
    ("phone", "Ellen Ripley, (312) 555-0144 ext. 12", "US", {"name": "Ellen Ripley", "phone": "+13125550144 ext. 12"}),
    ("phone", "Ava Torres, +1 (646) 555 0107 extension 33", "US", {"name": "Ava Torres",
                                                                   "phone": "+16465550107 ext. 33"}),
    # scripts without case
    ("script", "\u738b\u5c0f\u660e, wang@huaxin.cn, \u534e\u4fe1\u79d1\u6280\u6709\u9650\u516c\u53f8", "CN",
     {"name": "\u738b\u5c0f\u660e", "email": "wang@huaxin.cn",
      "company": "\u534e\u4fe1\u79d1\u6280\u6709\u9650\u516c\u53f8"}),
    ("script", "\u0645\u062d\u0645\u062f \u0627\u0644\u0639\u0644\u064a\u060c mohammed@alnoor.ae", "AE",
     {"name": "\u0645\u062d\u0645\u062f \u0627\u0644\u0639\u0644\u064a", "email": "mohammed@alnoor.ae"}),
    # never a guess: no name, no company in these
    ("empty", "VP Sales, no name yet, 415 555 0190", "US", {"phone": "+14155550190"}),
    ("empty", "the usual", "US", {}),
    ("empty", "call back on March 3rd, mark@weyland.com", "US", {"email": "mark@weyland.com"}),
    ("empty", "Head of Marketing, cmo@brightpath.com", "US", {"email": "cmo@brightpath.com"}),
    ("empty", "Quote 2026-11-28 for Ruth Langmore", "US", {"name": "Ruth Langmore"}),
    ("empty", "someone from the conference, interested in demos", "US", {}),
    ("empty", "Director of Finance, Initech", "US", {"company": "Initech"}),
    ("empty", "Hi! Could you add a lead?", "US", {}),
    ("empty", "Wants 500 seats at $12/seat, Priya from procurement", "US", {"name": "Priya"}),
]


@pytest.mark.parametrize(("kind", "text", "region", "expected"), KINDS, ids=[f"{k[0]}:{k[1][:30]}" for k in KINDS])
def test_kinds_of_message(kind: str, text: str, region: str, expected: Values) -> None:
    parsed = parse_free_text(text, region)
    assert parsed.values == expected, kind
    assert parsed.problems == {}


def test_a_date_is_not_a_phone_number() -> None:
    parsed = parse_free_text("meeting 2026-11-28 with Kofi Mensah", "US")
    assert parsed.values == {"name": "Kofi Mensah"}
    assert "phone" not in parsed.problems


@pytest.mark.parametrize(("text", "guessed"), [
    ("Bob Smith, Acme", {"company"}),  # a list's item after the name
    ("met ada park at initrode", {"name", "company"}),  # a lower-case message
    ("Priya from procurement", {"name"}),  # one word
    ("Bob Smith from Acme", set()),  # said outright
    ("name: bob, company: acme", set()),  # labelled
])
def test_weak_rules_mark_what_they_found(text: str, guessed: set[str]) -> None:
    assert parse_free_text(text, "US").guessed == guessed
