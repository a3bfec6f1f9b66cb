"""A number that is part of a proper name (an outlet, a channel, a title of a code, a pier) is no figure to
trace, and the name keeps its number where a student searches for it; a count next to a name, and a day
written before its month, are told apart from it. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.claims_text import claims_of, figures_of, tasks_of, source_of


def _cues(tmp_path, body: str) -> list[str]:
    return [c for cues in figures_of(tmp_path, body) for c in cues]


@pytest.mark.parametrize("body, number", [
    ("The daily 20 Minutes reported on Tuesday that the harbour office of Dunmore had shut for the winter.", "20"),
    ("Channel 4 said the ferry company had cut 120 jobs at the Dunmore harbour since the spring.", "4"),
    ("The station told Channel 12 on Saturday that 40 boats had left the harbour of Dunmore.", "12"),
    ("The ferry was tied up at Berth 7 of the Dunmore harbour when 300 people marched past it.", "7"),
    ("The judge ruled that the law, T itle 8 of the code, did not allow the agency to close 30 offices.", "8"),
    ("Leaders met at the G7 summit in Dunmore to discuss the price of grain and 12 fishing quotas.", "7"),
    ("Ann Roe told the “24 Hours in Dunmore” host that 400 boats had left the harbour since May.", "24"),
])
def test_a_number_inside_a_name_is_no_figure(tmp_path, body, number):
    cues = _cues(tmp_path, body)
    assert number not in cues, cues


@pytest.mark.parametrize("body, number", [
    ("Nearly 40 Democrats said the ferry plan for the harbour of Dunmore should be dropped this year.", "40"),
    ("The harbour shop gave Kit Varga 300 crates from its cold store in Dunmore, the owner says.", "300"),
    ("The council says the county’s 35 schools sent 300 pupils to the Dunmore harbour last spring.", "35"),
    ("Ann Roe said that Apple 10 million and Dunmore Mills 2 million were paid to the harbour board in 2020.", "10 million"),
    ("About 300 people marched to the harbour office in Dunmore to protest the new ferry fares on Friday.", "300"),
])
def test_a_count_next_to_a_name_stays_a_figure(tmp_path, body, number):
    cues = _cues(tmp_path, body)
    assert number in cues, cues


@pytest.mark.parametrize("body, date", [
    ("Seventeen fishermen were lost off the Dunmore coast on 3 March, the harbour board said.", "3 March"),
    ("The harbour board said the 9 June storm sank 40 boats in Dunmore and the next bay.", "9 June"),
])
def test_a_day_before_its_month_is_a_date_not_a_count(tmp_path, body, date):
    claims = claims_of(tmp_path, body)
    cues = [c for claim in claims for c in claim.cues]
    assert date in cues and date.split()[0] not in cues, cues


def test_a_search_keeps_the_number_of_a_name(tmp_path):
    source = source_of(tmp_path, "The ferry company has cut 120 jobs at the harbour since the spring, the "
                                 "broadcaster Channel 4 reported on Monday.")
    tasks = tasks_of(source, "number")
    assert tasks, "no number task"
    searches = tasks[0].answer.why.split("Search for ", 1)[1]
    assert "Channel 4" in searches and "120" in searches and "Channel”" not in searches, searches
