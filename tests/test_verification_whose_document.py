"""Where a verification key sends the student when the figure or the document belongs to someone the sentence
does not name there: a study introduced by "her" or "his" (the person last named), figures a document "shows"
(that document, which publishes nothing itself), and a vote's tally (the voting body's record, not whoever
"counted or measured" it). Texts are our own words."""

from __future__ import annotations

from fixtures.claims_text import source_of, tasks_of

from medialit.analysis import analyze
from medialit.lesson.verification import verification_questions


FARMS = """\
Every summer for thirty years my family has picked apples on the slopes above Carrow Lake, and this year we left a third of the crop on the trees.

Those who defend the permit cut say that seasonal workers push down wages for everyone in the valley.

Professor Anika Rowe, an economist at Eastbrook University, has studied this question for a decade.

Her 2023 study of four farming regions found that wages for local farm workers rose at the same rate whether or not the regions took in seasonal workers.

"The jobs that go unfilled are not jobs that local workers are queueing for," Rowe told a legislative committee in April.
"""


def test_a_study_introduced_by_her_names_its_author_and_searches_for_her(tmp_path):
    source = source_of(tmp_path, FARMS)
    documents = [q for q in tasks_of(source, "document") if q.paragraph == 4]
    assert documents, [q.kind for q in verification_questions(source, analyze(source))]
    why = documents[0].answer.why
    assert "“Her 2023 study”, by" in why and "Rowe" in why.split("“Her 2023 study”, by")[1].split(")")[0]
    assert "Rowe" in why.split("Search for")[1]


WATER = """\
The Greyhaven Water Board switched its treatment plant from chlorine to chloramine in January, after a vote of its directors.

The board's own figures show that 38 percent of the pipes in the old town were laid before 1960.

A spokesman for the board, Peter Oduya, said the water meets every state and federal standard.
"""


def test_figures_a_document_shows_are_taken_from_that_document(tmp_path):
    source = source_of(tmp_path, WATER)
    numbers = [q for q in tasks_of(source, "number") if q.paragraph == 2]
    assert numbers
    why = numbers[0].answer.why
    assert "takes it from" in why and "own figures" in why
    assert "what board's own figures published" not in why


COUNCIL = """\
This morning the Harbour Town council voted, by thirty-one votes to four, to close the old ferry pier for repairs.

The mayor, Ruth Okafor, said the pier would reopen in the spring after the repairs are paid for.

Shopkeepers on Dock Road said they had not been asked about the closure before the council voted.
"""


def test_a_votes_tally_is_settled_by_the_voting_bodys_record(tmp_path):
    source = source_of(tmp_path, COUNCIL)
    numbers = [q for q in tasks_of(source, "number") if q.paragraph == 1]
    assert numbers
    why = numbers[0].answer.why
    assert "vote's count" in why and "thirty-one" in numbers[0].prompt
    assert "“one”" not in numbers[0].prompt


def test_every_treaty_is_the_document_a_key_names(tmp_path):
    source = source_of(tmp_path, "For twenty years the republic of Northmark has sent its grain to Osterlind and bought "
                                 "its coal.\n\nWe signed every treaty the Duchy of Osterlind placed before us in Halden.\n")
    documents = tasks_of(source, "document")
    assert documents and "(“every treaty”)" in documents[0].answer.why


def test_a_number_task_quotes_the_clause_of_its_figure_not_the_writers_list(tmp_path):
    source = source_of(tmp_path, "The growers' association has asked the provincial government of Carrow for three "
                                 "things this spring: restore the work permits to the levels of 2021, let workers who have "
                                 "come for three seasons apply to stay, and pay for inspectors to check every farm's housing.\n")
    numbers = tasks_of(source, "number")
    assert numbers and "three seasons" in numbers[0].quote and "three things" not in numbers[0].quote
