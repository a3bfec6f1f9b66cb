"""The check-worthiness model (scripts/medialit/analysis/checkworthy.py, data/checkworthy.*): readable
features give the reasons, the sentence vector only moves the score."""

from __future__ import annotations

import shutil

import pytest

from medialit.analysis import checkworthy
from medialit.analysis.checkworthy import features_of, load_scorer, validate_checkworthy
from medialit.analysis.claims import detect_claims
from medialit.datafiles import DATA_DIR
from medialit.errors import InputError
from medialit.text.source import load_source


def test_a_counted_figure_with_a_named_actor_outranks_a_greeting():
    scorer = load_scorer()
    figure, greeting, thanks = scorer.scores(["Senator Ruiz voted against the bill that funded 40,000 new jobs.",
                                              "Good evening, and thank you all for being here tonight.",
                                              "Thank you very much."])
    assert figure > scorer.threshold > max(greeting, thanks)


@pytest.mark.parametrize("public, private", [
    ("He voted to cut taxes for the rich.", "He chose to cut flowers for the table."),
    ("Unemployment went up under his watch.", "The kite went up over the hill."),
])
def test_the_vector_raises_a_public_matter_over_the_same_words_about_private_things(public, private):
    public_shift, private_shift = load_scorer().shifts([public, private])
    assert public_shift > private_shift


def test_reasons_come_from_the_readable_features_only():
    """Two sentences with the same features get the same reasons whatever their vectors say."""
    scorer = load_scorer()
    first, second = "The firm closed 12 shops in 2019.", "The club sold 12 horses in 2019."
    assert features_of(first) == features_of(second)
    assert scorer.shifts([first]) != scorer.shifts([second])
    assert scorer.reasons(features_of(first)) == scorer.reasons(features_of(second))
    assert "it gives a number with what it counts" in scorer.reasons(features_of(first))
    assert all("model" not in reason for reason in scorer.reasons(features_of(first)))


def test_a_feature_barely_above_zero_is_no_reason():
    scorer = load_scorer()
    weak = [f.id for f in scorer.features if 0 < scorer.weights.get(f.id, 0.0) < checkworthy.REASON_WEIGHT]
    strong = [f.id for f in scorer.features if scorer.weights.get(f.id, 0.0) >= checkworthy.REASON_WEIGHT]
    shown = scorer.reasons(frozenset(weak + strong[:1]))
    assert len(shown) == 1


def test_claims_of_a_text_embed_its_sentences_in_one_call(tmp_path, monkeypatch):
    calls = []
    real = checkworthy.embed
    monkeypatch.setattr(checkworthy, "embed", lambda texts: calls.append(len(texts)) or real(texts))
    body = "\n\n".join(f"The county spent {n} million dollars on roads in 2021, the auditor said." for n in range(2, 9))
    path = tmp_path / "roads.md"
    path.write_text(f"---\ntitle: Roads\n---\n{body}\n", encoding="utf-8")
    claims = detect_claims(load_source(path))
    assert len(claims) == 7
    assert calls == [7]


@pytest.fixture()
def data_dir(tmp_path):
    for name in ("checkworthy.yaml", "checkworthy.tsv", "checkworthy.vectors.tsv", "checkworthy.lexical.tsv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    return tmp_path


def _problems(data_dir):
    return validate_checkworthy(data_dir / "checkworthy.yaml", data_dir / "checkworthy.tsv",
                                data_dir / "checkworthy.vectors.tsv", data_dir / "checkworthy.lexical.tsv")


def test_the_shipped_files_are_valid(data_dir):
    assert _problems(data_dir) == []


def test_a_unit_with_a_missing_or_bad_number_names_the_line_field_and_fix(data_dir):
    path = data_dir / "checkworthy.vectors.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("u01\t"))
    second = next(i for i, line in enumerate(lines) if line.startswith("u02\t"))
    lines[first] = lines[first].rsplit("\t", 1)[0]                      # one vector weight short
    name, bias, weight, *rest = lines[second].split("\t")
    lines[second] = "\t".join([name, bias, "heavy", *rest])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = _problems(data_dir)
    assert [p.line for p in problems] == [first + 1, second + 1]
    assert "unit 'u01' has 258 fields, not 259" in problems[0].message
    assert "weight of unit 'u02' must be a number (got 'heavy')" in problems[1].message
    assert all(p.path == path and "claims_benchmark.py --write-data" in p.fix for p in problems)
    with pytest.raises(InputError):
        checkworthy.load_scorer.__wrapped__(data_dir / "checkworthy.yaml", data_dir / "checkworthy.tsv", path,
                                            data_dir / "checkworthy.lexical.tsv")


def test_a_missing_units_file_is_a_problem_with_its_fix(data_dir):
    (data_dir / "checkworthy.vectors.tsv").unlink()
    [problem] = _problems(data_dir)
    assert "cannot be read" in problem.message and "--write-data" in problem.fix


def test_a_damaged_lexical_line_names_the_line_field_and_fix(data_dir):
    path = data_dir / "checkworthy.lexical.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line[:1].isdigit())
    bucket = lines[first].split("\t")[0]
    lines[first + 1] = lines[first + 1].split("\t")[0] + "\theavy"
    lines[first + 2] = "-4\t0.1"
    lines.append(f"{bucket}\t0.2")
    lines.append("12\t0.1\t0.3")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = _problems(data_dir)
    assert [p.line for p in problems] == [first + 2, first + 3, len(lines) - 1, len(lines)]
    assert "must be a finite number (got 'heavy')" in problems[0].message
    assert "bucket must be a whole number from 0 to" in problems[1].message
    assert f"bucket {bucket} is given twice" in problems[2].message
    assert "has 3 fields, not 2 (bucket, weight)" in problems[3].message
    assert all(p.path == path and p.fix for p in problems)
    with pytest.raises(InputError):
        checkworthy.load_scorer.__wrapped__(data_dir / "checkworthy.yaml", data_dir / "checkworthy.tsv",
                                            data_dir / "checkworthy.vectors.tsv", path)


def test_a_missing_lexical_file_is_a_problem_with_its_fix(data_dir):
    (data_dir / "checkworthy.lexical.tsv").unlink()
    [problem] = _problems(data_dir)
    assert "cannot be read" in problem.message and "--write-data" in problem.fix


def test_the_lexical_file_keeps_numbers_only_and_stays_small():
    """Hashed words ship as bucket numbers and weights: no word of the training sentences, under 2 MB."""
    path = DATA_DIR / "checkworthy.lexical.tsv"
    assert path.stat().st_size < 2_000_000
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert rows[0] == checkworthy.LEXICAL_HEADER
    assert all(bucket.isdigit() and float(weight) == float(weight) for bucket, weight in
               (row.split("\t") for row in rows[1:]))


def test_words_move_the_score_but_never_the_reasons():
    """The hashed words shift two sentences with the same features differently; their reasons stay the
    same, and a bucket's weight is the same on every run (zlib.crc32, not Python's salted hash)."""
    scorer = load_scorer()
    first, second = "The senator walked to the new road in 2019.", "The senator hoped for the long walk in 2019."
    assert features_of(first) == features_of(second)
    assert scorer.lexical.shift(first) != scorer.lexical.shift(second)
    assert scorer.reasons(features_of(first)) == scorer.reasons(features_of(second))
    assert checkworthy.lexical_buckets("Thank you.") == checkworthy.lexical_buckets("thank you")
    assert len(checkworthy.lexical_buckets("Thank you.")) == 5      # two words, three pairs with the ends


def test_the_words_to_check_are_what_happened_not_a_participle_describing_a_noun():
    from medialit.analysis.checkworthy import salient_words

    words = salient_words("Still, in a season of unchecked bribery claims, once they served their terms the "
                          "county pursued both men again.")
    assert "unchecked" not in words and "served" in words


@pytest.mark.parametrize("text, figures", [
    ("2) In the valley, the council closed 3 schools last year.", ["3"]),
    ("(4) The council closed the school in 2019.", ["2019"]),
    ("12 people died in the flood, the police said.", ["12"]),
])
def test_an_items_mark_is_no_figure(text, figures):
    from medialit.analysis.checkworthy import numbers

    assert [m.group() for m in numbers(text)] == figures
