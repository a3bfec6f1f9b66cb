"""Alarms (appeal to fear) and single options (black and white) that are not the author's own: someone
"at risk" is no threat to "us", and an alarm or an only option inside a view the sentence reports in
order to dispute it ("the myth that ...") is not the author's; a threat to "us" and the author's own alarm
or only option stay, on either side. Texts are our own words."""

from __future__ import annotations

import pytest
from fixtures.techniques_text import findings_of


def test_someone_at_risk_is_not_a_threat_to_us(tmp_path):
    text = ("The new register would put patients at risk of harassment, and the nurses in danger of losing "
            "their jobs, the union says.")
    assert [f for f in findings_of(tmp_path, text, threshold=0.0) if f.rule == "appeal-to-fear.threat-to-us"] == []


@pytest.mark.parametrize("text", [
    "The new register is a threat to our way of life and to everything our parents built.",
    "The new register puts the entire world at risk, the senator warns.",
    "This reckless register puts all of us at risk.",
])
def test_a_threat_to_us_stays(tmp_path, text):
    found = [f for f in findings_of(tmp_path, text, threshold=0.0) if f.rule == "appeal-to-fear.threat-to-us"]
    assert found and "threat to 'us'" in found[0].reason


# ------------------------------------------------------------------- a view reported in order to dispute it


def rules_of(findings) -> set[str]:
    return {f.rule for f in findings}


@pytest.mark.parametrize("text, rule", [
    # mirror pair: the same construction disputing either side's alarm
    ("Campaigners keep selling the myth that the new dam is an existential threat to the valley, and the "
     "survey shows otherwise.", "appeal-to-fear.grave-danger"),
    ("Campaigners keep selling the myth that pulling down the dam is an existential threat to the valley, and "
     "the survey shows otherwise.", "appeal-to-fear.grave-danger"),
    ("Talk of a new tax rests on the tired notion that there is no alternative for mending roads, and the budget says otherwise.",
     "black-and-white.only-option"),
    ("Talk of a pay freeze rests on the tired notion that there is no alternative for mending roads, and the budget says otherwise.",
     "black-and-white.only-option"),
])
def test_an_alarm_or_an_only_option_in_a_disputed_view_is_not_the_authors(tmp_path, text, rule):
    assert rule not in rules_of(findings_of(tmp_path, text))


@pytest.mark.parametrize("text, rule", [
    ("The new dam is an existential threat to the valley, and the survey shows it.", "appeal-to-fear.grave-danger"),
    ("Pulling down the dam is an existential threat to the valley, and the survey shows it.",
     "appeal-to-fear.grave-danger"),
    ("There is no alternative for mending roads but a new tax, whatever the council says.", "black-and-white.only-option"),
    # a view named far from the cue: the cue is the author's own sentence again
    ("That is the claim that the mayor made on Monday before the vote in the hall, and so the only way to mend "
     "the roads is a new tax.", "black-and-white.only-option"),
])
def test_the_authors_own_alarm_or_only_option_stays(tmp_path, text, rule):
    assert rule in rules_of(findings_of(tmp_path, text))


# ------------------------------------------------------------------- a single option the sentence denies


@pytest.mark.parametrize("text", [
    # mirror pairs: the same denial of either side's single option
    "A new tax is not the only option for mending the roads, and the budget shows two more.",
    "A pay freeze is not the only option for mending the roads, and the budget shows two more.",
    "Building the dam isn't the only way to keep the valley dry; there are other options.",
    "Pulling down the dam isn't the only way to keep the valley dry; there are other options.",
    "Closing the border was never the only choice the government had.",
    "Opening the border was never the only choice the government had.",
    "A strike is not necessarily the only answer to the pay offer.",
])
def test_a_negated_single_option_is_not_black_and_white(tmp_path, text):
    assert "black-and-white.only-option" not in rules_of(findings_of(tmp_path, text, threshold=0.0))


@pytest.mark.parametrize("text", [
    "A new tax is the only option for mending the roads, whatever the budget shows.",
    "A pay freeze is the only option for mending the roads, whatever the budget shows.",
    # a negation in another sentence, or after the cue, does not deny the option
    "The council did not meet. A new tax is the only way to mend the roads.",
    "The only way to mend the roads is not to build new ones.",
])
def test_a_single_option_the_sentence_asserts_stays(tmp_path, text):
    assert "black-and-white.only-option" in rules_of(findings_of(tmp_path, text, threshold=0.0))
