"""Linear models: the weights file, training on a tiny corpus, determinism, reasons, shipped data limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.analysis.model import MAX_FEATURE_WORDS, NAME, load_model, model_rows, stem, word_forms
from medialit.analysis.model_train import ModelSettings, train_model, write_model
from medialit.analysis.rules import MODEL_FILE, RULES_DIR, load_rulebook
from medialit.analysis.rules_derive import Article
from medialit.analysis.detect_text import tokenize
from medialit.analysis.techniques import detect_techniques
from medialit.errors import Problem
from medialit.text.source import load_source
from medialit.analysis.taxonomy import load_taxonomy

TECHNIQUES = set(load_taxonomy().ids)
SETTINGS = ModelSettings(token_techniques=("loaded-language",), sentence_techniques=("appeal-to-fear", "any"),
                         min_count=2, epochs=8, rate=0.5, keep=0.0)


def article(tmp_path: Path, number: int, text: str, marked: list[tuple[str, str]]) -> Article:
    """An article whose gold spans are the first occurrence of each (technique, words) in ``marked``."""
    path = tmp_path / f"a{number}.txt"
    path.write_text("Title\n\n" + text + "\n", encoding="utf-8")
    source = load_source(path)
    gold = []
    for technique, words in marked:
        start = source.content.index(words, source.body_start)
        gold.append((technique, start, start + len(words)))
    return Article(str(number), source, tuple(sorted(gold)))


def tiny_corpus(tmp_path: Path) -> list[Article]:
    articles = []
    things = ("plan", "deal", "law", "budget", "offer", "move")
    afters = ("and left", "on Monday", "again", "in public")
    for n in range(12):
        text = (f"The committee met on day {n} to read the report. Officials called the {things[n % 6]} dreadful "
                f"{afters[n % 4]}. "
                f"Terror will sweep our towns unless we act now. The weather was mild.")
        articles.append(article(tmp_path, n, text, [("loaded-language", "dreadful"),
                                                    ("appeal-to-fear", "Terror will sweep our towns unless we act now")]))
    return articles


def test_training_learns_an_obvious_cue(tmp_path):
    rulebook = load_rulebook(with_corpus=False)
    models = train_model(tiny_corpus(tmp_path), rulebook, SETTINGS)
    assert models.token.weights["w:dreadful"][0] > 0.5
    assert models.token.weights.get("w:committee", (0.0,))[0] <= 0
    path = tmp_path / "new.txt"
    path.write_text("Title\n\nThe board called the scheme dreadful. Terror will sweep our towns unless we act now.\n",
                    encoding="utf-8")
    findings = detect_techniques(load_source(path), rulebook.with_corpus(models=models))
    model_flags = {(f.technique, f.text) for f in findings if ".model" in f.rule}
    # the flag fires on "dreadful" and its highlight takes in the word before it (extents: {left: 1})
    assert ("loaded-language", "scheme dreadful") in model_flags
    assert [f.cues for f in findings if f.rule == "loaded-language.model"] == [("dreadful",)]
    assert any(t == "appeal-to-fear" and text.startswith("Terror") for t, text in model_flags)
    for f in findings:
        assert f.reason and "\n" not in f.reason
        if f.rule == "loaded-language.model":
            assert "'dreadful'" in f.reason and "of 12 times" in f.reason


def test_training_is_deterministic_and_round_trips(tmp_path):
    rulebook = load_rulebook(with_corpus=False)
    corpus = tiny_corpus(tmp_path)
    first, second = train_model(corpus, rulebook, SETTINGS), train_model(list(corpus), rulebook, SETTINGS)
    assert model_rows(first.token) == model_rows(second.token)
    assert model_rows(first.sentence) == model_rows(second.sentence)
    write_model(tmp_path / MODEL_FILE, first, "a test corpus")
    problems: list[Problem] = []
    loaded = load_model(tmp_path / MODEL_FILE, problems, TECHNIQUES)
    assert problems == []
    assert model_rows(loaded.token) == model_rows(first.token)
    assert model_rows(loaded.sentence) == model_rows(first.sentence)


BAD_ROWS = [
    ("classes\ttoken\t\tno-such-technique\t\n", "unknown technique"),
    ("classes\ttoken\t\tloaded-language\t\ntoken\tbias\t\t0.1\t\ntoken\tw:x\t3\t0.1 0.2\t\n", "2 weights for 1 classes"),
    ("classes\ttoken\t\tloaded-language\t\ntoken\tbias\t\t0.1\t\ntoken\tb:a b c\t3\t0.1\t\n", "more than 2 words"),
    ("classes\ttoken\t\tloaded-language\t\ntoken\tbias\t\t0.1\t\ntoken\tzz:x\t3\t0.1\t\n", "unknown feature"),
    ("token\tw:x\t3\t0.1\t\n", "has no 'classes' row"),
    ("classes\ttoken\t\tloaded-language\t\ntoken\tw:x\t3\tabc\t\n", "bad row"),
]


@pytest.mark.parametrize("text,message", BAD_ROWS, ids=[m for _, m in BAD_ROWS])
def test_weights_file_validation_names_file_and_line(tmp_path, text, message):
    path = tmp_path / MODEL_FILE
    path.write_text(text, encoding="utf-8")
    problems: list[Problem] = []
    load_model(path, problems, TECHNIQUES)
    joined = "\n".join(str(p) for p in problems)
    assert message in joined and str(path) in joined


def test_side_words_and_names_become_placeholders():
    text = "Putin and the liberals met Jones in Kyiv. Hysterical crowds cheered."
    tokens = tokenize(text)
    forms = word_forms(tokens, {0, text.index("Hysterical")}, load_rulebook().settings.side_words)
    assert forms == [NAME, "and", "the", NAME, "met", NAME, "in", NAME, "hysterical", "crowds", "cheered"]
    assert stem("hysterically") == "hysterical"


def test_shipped_model_is_small_short_and_side_neutral():
    path = RULES_DIR / MODEL_FILE
    assert path.stat().st_size < 1_500_000
    rulebook = load_rulebook()
    side = rulebook.settings.side_words
    for model in (rulebook.models.token, rulebook.models.sentence):
        assert model is not None
        for feature in model.weights:
            value = feature.partition(":")[2]
            assert len(value.split()) <= MAX_FEATURE_WORDS, feature
            assert not set(value.split()) & side, feature


@pytest.mark.parametrize("seed", sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.md")),
                         ids=lambda p: p.stem)
def test_model_flags_on_seeds_carry_reasons(seed):
    findings = [f for f in detect_techniques(load_source(seed)) if ".model" in f.rule]
    assert findings
    for f in findings:
        assert f.reason.strip() and f.cues is not None and 0 <= f.confidence <= 1


SIEVE_TEXT = """A Headline For The Sieve

The so-called "experts" said the PLAN was a DISASTER, and Nato's 2,000 pages proved it; the plan failed.

‘Heroes’ or cowards? Everyone knows the truth! The plan, the plan and the plan again: a catastrophic,
shameful betrayal by corrupt elites who will stop at nothing.

Officials in Brussels said on 3 May that the reform "will cut costs by 12%", but critics disagreed.
"""


def sieve_inputs(tmp_path: Path):
    from medialit.analysis.model import model_input
    from medialit.analysis.prepared_text import prepare
    from medialit.analysis.rule_matching import match_rules
    from medialit.analysis.model_flags import rule_spans_for_model

    rulebook = load_rulebook()
    path = tmp_path / "sieve.md"
    path.write_text(SIEVE_TEXT, encoding="utf-8")
    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.md"))
    for source in [load_source(path)] + [load_source(seed) for seed in seeds]:
        text = prepare(source)
        spans = rule_spans_for_model(rulebook, text, match_rules(rulebook, text))
        yield model_input(text.content, text.tokens, text.paragraphs, text.sentences, text.quotes, spans,
                          rulebook.settings.side_words)


@pytest.mark.parametrize("kind", ["token", "sentence"])
def test_sieve_keeps_exactly_the_examples_whose_feature_strings_reach_the_floor(tmp_path, kind):
    """The sieves add up weights by slot without making feature strings; ``scores`` of the strings is
    the definition. The sieve must keep every example that reaches the floor (or a flag is lost), and
    only those within rounding of it (or a slot was added up that the strings do not hold)."""
    from medialit.analysis.model import _logit, _sigmoid

    model = getattr(load_rulebook().models, kind)
    checked = 0
    for data in sieve_inputs(tmp_path):
        count = len(data.tokens) if kind == "token" else len(data.sentences)
        features = [data.token_features(k) if kind == "token" else data.sentence_features(k) for k in range(count)]
        scores = [model.scores(f) for f in features]
        likely = model.likely_tokens if kind == "token" else model.likely_sentences
        for floor in (0.05, 0.2, 0.3, 0.5, 0.8):
            for c in range(len(model.classes)):
                reached = {k for k, s in enumerate(scores) if s[c] >= floor}
                near = {k for k, s in enumerate(scores) if s[c] >= _sigmoid(_logit(floor) - 1e-5)}
                kept = set(likely(data, floor, [c]))
                assert reached <= kept <= near, (kind, floor, model.classes[c])
                checked += len(reached)
    assert checked > 100       # the texts do reach the floors: the comparison is not vacuous


def test_token_features_cover_every_slot_the_sieve_adds_up(tmp_path):
    """The sieve text holds every kind of token feature, so the comparison above tests every slot."""
    prefixes = {f.partition(":")[0] + ":" + f.partition(":")[2] if f.startswith(("shape", "quote", "seen")) else
                f.partition(":")[0] for data in sieve_inputs(tmp_path) for k in range(len(data.tokens))
                for f in data.token_features(k)}
    assert {"bias", "w", "p", "n", "b", "a", "s", "shape:upper", "shape:cap", "shape:hyphen", "quote:in",
            "rule", "seen:1", "seen:2+"} <= prefixes


def test_sieves_of_an_empty_text():
    from medialit.analysis.model import model_input

    models = load_rulebook().models
    data = model_input("", (), (), (), (), [], frozenset())
    assert models.token.likely_tokens(data, 0.3, [0]) == []
    assert models.sentence.likely_sentences(data, 0.3, [0]) == []


def test_quotation_membership_in_one_pass_matches_the_binary_search():
    import random

    from medialit.analysis.detect_text import Token, inside
    from medialit.analysis.model import _inside_each

    rng = random.Random(5)
    for _ in range(200):
        cuts = sorted(rng.sample(range(1, 400), 10))
        spans = [(cuts[i], cuts[i + 1]) for i in range(0, 10, 2)]
        starts = sorted(rng.sample(range(0, 395), 60))
        tokens = [Token(s, s + rng.randint(1, 5), "w", "w") for s in starts]
        tokens = [t for i, t in enumerate(tokens) if i + 1 == len(tokens) or t.end <= tokens[i + 1].start]
        assert _inside_each(spans, tokens) == [inside(spans, t.start, t.end) for t in tokens]


def test_sentence_rows_give_exactly_the_scores_and_contributions_of_the_feature_strings(tmp_path):
    """``_sentence_flags`` scores the rows the sieve hands over, never the strings: the rows must be the
    known features in their order, so that every addition is the same (floor 0 keeps every sentence)."""
    model = load_rulebook().models.sentence
    checked = 0
    for data in sieve_inputs(tmp_path):
        kept = model.likely_sentence_rows(data, 0.0, [0])
        assert [number for number, _ in kept] == list(range(len(data.sentences)))
        for number, rows in kept:
            features = data.sentence_features(number)
            assert [model._row_features[r] for r in rows] == [f for f in features if f in model.weights]
            assert model.scores_of_rows(rows) == model.scores(features)
            for c in range(len(model.classes)):
                assert model.pushes_of_rows(rows, c) == {f: w for w, f in model.contributions(features, c)}
            checked += 1
    assert checked > 150


def test_scores_add_the_weights_in_the_order_of_the_features():
    """The one definition of a probability: additions one by one, feature by feature; a compensated
    (``math.fsum``, ``sum`` since Python 3.12) or pairwise sum differs here in the last bits."""
    import math

    from medialit.analysis.model import LinearModel, _sigmoid

    model = LinearModel("token", ("a", "b"), (-1.572, 0.5), {"w:x": (0.265, 1.0), "w:y": (-0.78, 2.0),
                                                             "w:z": (0.624, -1.0)})
    sequential = _sigmoid(((-1.572 + 0.265) + -0.78) + 0.624)
    assert sequential != _sigmoid(math.fsum([-1.572, 0.265, -0.78, 0.624]))
    assert sequential != _sigmoid(-1.572 + (0.265 + (-0.78 + 0.624)))
    assert model.scores(["w:x", "w:unknown", "w:y", "w:z"]) == [sequential, _sigmoid(((0.5 + 1.0) + 2.0) - 1.0)]
    assert model.scores_of_rows([1, 2, 3]) == model.scores(["w:x", "w:y", "w:z"])     # rows in feature order
    assert model.scores([]) == [_sigmoid(-1.572), _sigmoid(0.5)]


def test_scores_of_many_row_lists_are_the_scores_of_each_bit_for_bit(tmp_path):
    """``scores_of_row_lists`` adds up all kept sentences at once with numpy: every score of every
    sentence of the seeds must be the one ``scores_of_rows`` (the definition) gives, to the last bit."""
    model = load_rulebook().models.sentence
    checked = 0
    for data in sieve_inputs(tmp_path):
        row_lists = [rows for _, rows in model.likely_sentence_rows(data, 0.0, [0])]
        assert model.scores_of_row_lists(row_lists) == [model.scores_of_rows(rows) for rows in row_lists]
        checked += len(row_lists)
    assert checked > 150
    assert model.scores_of_row_lists([]) == []


def test_scores_of_many_row_lists_add_in_order_and_pad_with_zeros():
    """Lists of different lengths (padded at the end), an empty list, a bias of -0.0, and weights whose
    sum in pairs or from the other end differs in the last bit from the sum one by one."""
    from medialit.analysis.model import LinearModel

    model = LinearModel("sentence", ("a", "b"), (-1.572, -0.0), {"w:x": (0.265, 1e-17), "w:y": (-0.78, 1.0),
                                                                "w:z": (0.624, -1.0)})
    row_lists = [[1, 2, 3], [3, 2, 1], [], [2], [1, 2, 3, 1, 2, 3]]
    assert model.scores_of_row_lists(row_lists) == [model.scores_of_rows(rows) for rows in row_lists]


def plain_model_input(content, tokens, paragraphs, sentences, quotes, rule_spans, side_words):
    """``model_input`` as plain loops, token by token: the definition its shortcuts must give exactly."""
    import bisect

    from medialit.analysis.detect_text import inside
    from medialit.analysis.model import NUMBER, SentenceContext

    tokens = list(tokens)
    starts = [t.start for t in tokens]
    ranges = [(s, e, bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)) for s, e in sentences]
    forms = word_forms(tokens, {tokens[i].start for _, _, i, _ in ranges if i < len(tokens)}, side_words)
    quoted = [inside(quotes, t.start, t.end) for t in tokens]
    hits = [set() for _ in tokens]
    for s, e, technique in rule_spans:
        for k, token in enumerate(tokens):
            if token.start >= s and token.start < e:
                hits[k].add(technique)
    seen = [0 if form in (NAME, NUMBER) else forms[:k].count(form) for k, form in enumerate(forms)]
    contexts = []
    for s, e, i, j in ranges:
        first = any(s <= p < s + 3 for p, _ in paragraphs)
        contexts.append(SentenceContext(content[s:e].rstrip()[-1:], sum(quoted[i:j]) / (j - i) if j > i else 0.0,
                                        first, frozenset().union(*hits[i:j])))
    return tokens, forms, quoted, [tuple(sorted(h)) for h in hits], seen, ranges, contexts


def test_model_input_is_its_plain_definition(tmp_path):
    """Quotation membership by bisection (``_inside_each``): every field as the plain loops make it."""
    from medialit.analysis.model import model_input
    from medialit.analysis.prepared_text import prepare
    from medialit.analysis.rule_matching import match_rules
    from medialit.analysis.model_flags import rule_spans_for_model

    rulebook = load_rulebook()
    path = tmp_path / "sieve.md"
    path.write_text(SIEVE_TEXT, encoding="utf-8")
    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.md"))
    hit = 0
    for source in [load_source(path)] + [load_source(seed) for seed in seeds]:
        text = prepare(source)
        spans = rule_spans_for_model(rulebook, text, match_rules(rulebook, text))
        given = (text.content, text.tokens, text.paragraphs, text.sentences, text.quotes, spans,
                 rulebook.settings.side_words)
        data = model_input(*given)
        assert (data.tokens, data.forms, data.quoted, data.rule_hits, data.seen, data.sentences,
                data.sentence_contexts) == plain_model_input(*given)
        hit += sum(map(bool, data.rule_hits)) + sum(data.quoted)
    assert hit > 500
    # Spans ending where a word starts, or inside one; quotations and paragraphs at sentence edges.
    content = 'A "tall tree" fell. The Ohio crew "cut it down". Down came 12 logs!'
    tokens = tuple(tokenize(content))
    starts = [t.start for t in tokens]
    given = (content, tokens, ((0, 20), (20, len(content))), ((0, 19), (20, 50), (51, len(content))),
             ((2, 13), (34, 48)), [(starts[1], starts[2], "x"), (starts[2] + 1, starts[3], "y"),
                                   (starts[4], starts[6] + 1, "x"), (starts[-1], len(content), "z")], frozenset())
    data = model_input(*given)
    assert (data.tokens, data.forms, data.quoted, data.rule_hits, data.seen, data.sentences,
            data.sentence_contexts) == plain_model_input(*given)


@pytest.mark.parametrize("size, computed_per_call", [(1_000, [2, 0, 4, 0]), (3, [2, 0, 5, 1])])
def test_a_bounded_memo_hands_over_every_key_and_stays_bounded(size, computed_per_call):
    """``filled`` gives every key's value and computes a key only when the memo lacks it; the memo never
    grows past its bound, even for a text with more keys than the bound (then it starts again)."""
    from medialit.analysis.memo import filled

    memo: dict[str, int] = {}
    computed: list[str] = []
    per_call = []
    for keys in (["a", "bb", "a"], ["a", "bb"], ["ccc", "dddd", "bb", "eeeee", "ffffff"], ["a"]):
        before = len(computed)
        known = filled(memo, keys, lambda key: computed.append(key) or len(key), size)
        assert list(map(known.__getitem__, keys)) == list(map(len, keys))
        assert len(memo) <= size
        per_call.append(len(computed) - before)
    assert per_call == computed_per_call
