"""The balancing task's search for a claim whose sentence opens on "her" or "he" names the person last named,
as the claim's verification key does ("Her 2023 study of four regions found ..." is searched by its author, not
by the text's most used words alone). Texts are our own words."""

from __future__ import annotations

from fixtures.claims_text import source_of

from medialit.analysis import analyze
from medialit.lesson.readings import balancing_task, load_catalog


FARMS = """\
Every summer for thirty years my family has picked apples on the slopes above Carrow Lake, and this year we left a third of the crop on the trees for want of seasonal workers.

Professor Anika Rowe, an economist at Eastbrook University, has studied seasonal workers and wages for a decade.

Her 2023 study of four farming regions found that wages for local farm workers rose at the same rate whether or not the regions took in seasonal workers.

"The jobs that go unfilled are not jobs that local workers are queueing for," Rowe told a legislative committee in April.
"""


def test_a_study_introduced_by_her_is_searched_by_its_author(tmp_path):
    source = source_of(tmp_path, FARMS)
    task = balancing_task(source, analyze(source), load_catalog())
    assert task is not None
    study = [q for q in task.searches if "study" in q]
    assert study and all("Rowe" in q for q in study)
