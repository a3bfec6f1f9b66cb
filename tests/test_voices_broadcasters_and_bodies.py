"""A broadcaster's name may hold a numeral ("Channel 4 News", "Fox 5 News"), a date's number opens no name
("On May 5 Roe said"), and a body in lower case ("the council", "the watchdog") is typed an organisation, not
an official. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.voices_text import voices_of


@pytest.mark.parametrize("body, speaker", [
    ("Channel 4 News reported that the pumps had stopped.", "Channel 4 News"),
    ("Fox 5 News reported that the pumps had stopped.", "Fox 5 News"),
    ("9 News told viewers that the repairs would take weeks.", "9 News"),
    ("Sky News said the council had been warned.", "Sky News"),
    ("Channel 4 said the pumps had stopped.", "Channel 4"),
    ("BBC Radio 4 said the pumps had stopped.", "BBC Radio 4"),
])
def test_a_broadcasters_name_keeps_its_numeral(tmp_path, body, speaker):
    voices = voices_of(tmp_path, body)
    assert [(v.speaker, v.named, v.speaker_type) for v in voices] == [(speaker, True, "organisation")]


@pytest.mark.parametrize("body, speaker", [
    ("On May 5 Dana Roe said the wall was fine.", "Dana Roe"),
    ("In 2016 Dana Roe said the wall was fine.", "Dana Roe"),
])
def test_a_dates_or_a_years_number_opens_no_name(tmp_path, body, speaker):
    assert [v.speaker for v in voices_of(tmp_path, body)] == [speaker]


@pytest.mark.parametrize("body, speaker", [
    ("The council said the wall was inspected last year.", "The council"),
    ("The watchdog said it would open an inquiry.", "The watchdog"),
    ("The city council said the wall was inspected last year.", "The city council"),
    ("The food watchdog warned that the wall was unsafe.", "The food watchdog"),
    ("The police union pushed for a pay rise.", "The police union"),
])
def test_a_body_in_lower_case_is_an_organisation(tmp_path, body, speaker):
    voices = voices_of(tmp_path, body)
    assert [(v.speaker, v.named, v.role) for v in voices] == [(speaker, False, "organisation")]


@pytest.mark.parametrize("body, speaker, role", [
    ("A council spokesman said the wall was inspected.", "A council spokesman", "official"),
    ("Council members said the wall was inspected.", "Council members", "official"),
])
def test_the_people_of_a_body_stay_officials(tmp_path, body, speaker, role):
    voices = voices_of(tmp_path, body)
    assert [(v.speaker, v.role) for v in voices] == [(speaker, role)]
