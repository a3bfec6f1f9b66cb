"""What the text says about a name decides its kind: a "he" or "she" the text has speak for a one-word name
makes it a person; a medium's noun before it ("the newspaper Die Harbourpost") an organisation; and a body
whose document the text cites after "the" is no antecedent of "he". Texts are our own words."""

from __future__ import annotations

from fixtures.voices_text import voices_of


def test_a_name_a_pronoun_speaks_for_is_a_person(tmp_path):
    body = ("Lorvan said the gate would open on Monday.\n\n"
            "“We are working on it with the port,” he added.")
    assert {(v.speaker, v.speaker_type) for v in voices_of(tmp_path, body)} == {("Lorvan", "person")}


def test_a_name_after_a_mediums_noun_is_an_organisation(tmp_path):
    body = ("In remarks reported by the weekly newspaper Die Harbourpost, the mayor spoke of the port. "
            "Die Harbourpost said the port would close.")
    kinds = {(v.speaker, v.speaker_type) for v in voices_of(tmp_path, body) if v.named}
    assert kinds == {("Die Harbourpost", "organisation")}


def test_a_body_whose_report_is_cited_is_no_antecedent(tmp_path):
    body = ("According to the Harbourpost report, Mayor Jo Roe said in her speech that the port would close. "
            "She said the workers would be paid.")
    speakers = [v.speaker for v in voices_of(tmp_path, body)]
    assert "Harbourpost" in speakers and speakers.count("Harbourpost") == 1
