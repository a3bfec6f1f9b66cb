"""Study: a learnt extent for passages, and sentence flags that word flags carry (issue 14, helper pf-1).

    PYTHONPATH=scripts .venv/bin/python benchmarks/ptc_span_study.py [--ptc DIR]

The held-out findings of PTC 5-fold cross-validation by article, as ``ptc_benchmark.py`` computes them (cues,
calibration and models from the training folds, the teaching threshold), but with ``words_carry`` off, so
that every sentence flag is there to study. Then, scored spans alone with the benchmark's metric:

- a **boundary model**: for each passage, a start and an end among the word boundaries of its sentence, each
  chosen by a conditional logit (a softmax over the sentence's boundaries) over plain features of the
  boundary (its punctuation and clause words, distance to the sentence's ends and to word flags, the token
  model's scores, technique, rule family); fitted on the passages of four folds that overlap an annotation
  and applied to the fifth;
- **sentence flags that word flags carry**: the sentence model's flag left out when a word flag of its
  technique lies inside, in the variants of ``benchmarks/results/ptc-experiments.md``.

Prints counts and scores only, never text of the corpus. The figures are recorded in
``benchmarks/results/ptc-experiments.md``.
"""

from __future__ import annotations

import argparse
import bisect
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "benchmarks"))

from medialit.analysis import DEFAULT_THRESHOLD  # noqa: E402
from medialit.analysis.display import family  # noqa: E402
from medialit.analysis.model import model_input  # noqa: E402
from medialit.analysis.rules import Rulebook, load_rulebook  # noqa: E402
from medialit.analysis.rules_derive import load_ptc, merge  # noqa: E402
from medialit.analysis.prepared_text import prepare  # noqa: E402
from medialit.analysis.model_flags import rule_spans_for_model  # noqa: E402
from medialit.analysis.techniques import detect_techniques  # noqa: E402
from ptc_benchmark import DEFAULT_PTC, fold_rulebooks, score  # noqa: E402

CLAUSE_WORDS = frozenset("and but or because while although though since unless if when where which who whom whose "
                         "that than as so".split())
SAID = frozenset("said says told stated according added wrote claimed".split())
FUNCTION = frozenset("the a an of to in on for with by at from is are was were be been it this that these those his "
                     "her their its our we they he she i you".split())
MARKS = ",;:()[]—–\"“”"
WORD_TECHNIQUES = frozenset({"loaded-language", "name-calling"})


def without_words_carry(rulebook: Rulebook) -> Rulebook:
    display = {k: v for k, v in rulebook.settings.display.items() if k != "words_carry"}
    return replace(rulebook, settings=replace(rulebook.settings, display=display))


def held_out(articles, folds: int = 5) -> list[dict]:
    """Per article: its fold, tokens, gold, findings and the token model's best score of each passage word."""
    out = []
    base = without_words_carry(load_rulebook(with_corpus=False))
    for fold, (rulebook, test) in enumerate(fold_rulebooks(articles, base, folds)):
        for a in test:
            findings = detect_techniques(a.source, rulebook, threshold=DEFAULT_THRESHOLD)
            text = prepare(a.source)
            data = model_input(text.content, text.tokens, text.paragraphs, text.sentences, text.quotes,
                               rule_spans_for_model(rulebook, text), rulebook.settings.side_words)
            starts = [t.start for t in text.tokens]
            words = {k for f in findings if f.level == "passage"
                     for k in range(bisect.bisect_left(starts, f.start), bisect.bisect_left(starts, f.end))}
            scores = {k: max(rulebook.models.token.scores(data.token_features(k))) for k in words}
            out.append({"fold": fold, "content": text.content, "tokens": text.tokens, "starts": starts,
                        "gold": list(a.gold), "findings": findings, "scores": scores})
    return out


# ------------------------------------------------------------------------------------------ boundary model


def _bin(x: float, edges) -> int:
    return next((i for i, e in enumerate(edges) if x <= e), len(edges))


def _gap(text: str) -> str:
    mark = next((m for m in MARKS if m in text), "")
    return "" if not mark else "q" if mark in "\"“”" else mark if mark in ",;:" else "o"


def passages(article: dict) -> list[tuple]:
    """(finding, first token, end token, start features per boundary, end features, gold start, gold end)."""
    tokens, starts, content = article["tokens"], article["starts"], article["content"]
    gold = merge((s, e) for _, s, e in article["gold"])
    flagged = {k for f in article["findings"] if f.level == "word"
               for k in range(bisect.bisect_left(starts, f.start), bisect.bisect_left(starts, f.end))}
    out = []
    for f in (f for f in article["findings"] if f.level == "passage"):
        i, j = bisect.bisect_left(starts, f.start), bisect.bisect_left(starts, f.end)
        n = j - i
        if n < 2:
            continue
        inside = [k for k in range(i, j) if any(s < tokens[k].end and tokens[k].start < e for s, e in gold)]
        flags = [k for k in range(i, j) if k in flagged]
        common = [f"tech:{f.technique}", f"fam:{family(f.rule)}", f"len:{_bin(n, (8, 12, 16, 24, 32))}"]
        start_rows, end_rows = [], []
        for k in range(i, j):
            r = k - i
            norm = tokens[k].norm
            prev = tokens[k - 1].norm if k > i else "<s>"
            nxt = tokens[k + 1].norm if k + 1 < j else "</s>"
            score = article["scores"].get(k, 0.0)
            before = _gap(content[tokens[k - 1].end:tokens[k].start]) if k > i else ""
            after = _gap(content[tokens[k].end:tokens[k + 1].start]) if k + 1 < j else ""
            right = min((q - k for q in flags if q >= k), default=None)
            left = min((k - q for q in flags if q <= k), default=None)
            kind = ("first" if k == i else before or ("cw" if norm in CLAUSE_WORDS else
                                                      "said" if prev in SAID or prev == "that" else "none"))
            start_rows.append(["b", f"k:{kind}", f"d:{_bin(r, (0, 1, 2, 3, 5, 8, 12))}", f"rel:{5 * r // n}",
                               f"w:{norm if norm in FUNCTION | CLAUSE_WORDS else '-'}",
                               f"p:{prev if prev in FUNCTION | CLAUSE_WORDS | SAID else '-'}",
                               f"tm:{_bin(score, (.1, .2, .35, .5))}",
                               f"tmp:{_bin(article['scores'].get(k - 1, 0.0), (.1, .2, .35, .5))}",
                               f"fr:{'none' if right is None else _bin(right, (0, 1, 2, 4, 8))}",
                               f"fl:{'none' if left is None else _bin(left, (0, 1, 3))}",
                               f"cap:{tokens[k].text[:1].isupper()}", f"{f.technique}:{kind}:{3 * r // n}", *common])
            kind = ("last" if k == j - 1 else after or ("cw" if nxt in CLAUSE_WORDS else
                                                        "said" if nxt in SAID else "none"))
            end_rows.append(["b", f"k:{kind}", f"d:{_bin(j - 1 - k, (0, 1, 2, 3, 5, 8, 12))}", f"rel:{5 * r // n}",
                             f"w:{norm if norm in FUNCTION | CLAUSE_WORDS else '-'}",
                             f"n:{nxt if nxt in FUNCTION | CLAUSE_WORDS | SAID else '-'}",
                             f"tm:{_bin(score, (.1, .2, .35, .5))}",
                             f"tmn:{_bin(article['scores'].get(k + 1, 0.0), (.1, .2, .35, .5))}",
                             f"fl:{'none' if left is None else _bin(left, (0, 1, 2, 4, 8))}",
                             f"fr:{'none' if right is None else _bin(right, (0, 1, 3))}",
                             f"{f.technique}:{kind}:{3 * r // n}", *common])
        out.append((f, i, j, start_rows, end_rows, inside[0] - i if inside else None,
                    inside[-1] - i if inside else None))
    return out


class ConditionalLogit:
    """A softmax over the candidates of each group (here the boundaries of one sentence), fitted by AdaGrad."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.weights = np.zeros(0)

    def fit(self, groups: list[tuple[list[list[str]], int]], l2: float = 1.0, rounds: int = 600) -> "ConditionalLogit":
        rows, cols, group, label = [], [], [], []
        r = 0
        for g, (candidates, truth) in enumerate(groups):
            for c, features in enumerate(candidates):
                ids = [self.index.setdefault(x, len(self.index)) for x in features]
                rows += [r] * len(ids)
                cols += ids
                group.append(g)
                label.append(1.0 if c == truth else 0.0)
                r += 1
        rows, cols, group, label = map(np.array, (rows, cols, group, label))
        w, h, n = np.zeros(len(self.index)), np.full(len(self.index), 1e-8), len(groups)
        for _ in range(rounds):
            z = np.bincount(rows, weights=w[cols], minlength=r)
            top = np.full(n, -np.inf)
            np.maximum.at(top, group, z)
            e = np.exp(z - top[group])
            p = e / np.bincount(group, weights=e, minlength=n)[group]
            grad = np.bincount(cols, weights=(p - label)[rows], minlength=len(w)) / n + l2 * w / n
            h += grad * grad
            w -= 0.5 * grad / np.sqrt(h)
        self.weights = w
        return self

    def probabilities(self, candidates: list[list[str]]) -> np.ndarray:
        z = np.array([sum(self.weights[self.index[x]] for x in features if x in self.index) for features in candidates])
        e = np.exp(z - z.max())
        return e / e.sum()


def boundary_model(held: list[dict], folds: int = 5) -> dict:
    """Per passage (article number, start, end, rule): its start and end distributions, fitted on other folds."""
    items = [(n, p) for n, a in enumerate(held) for p in passages(a)]
    out = {}
    for fold in range(folds):
        train = [p for n, p in items if held[n]["fold"] != fold and p[5] is not None]
        starts = ConditionalLogit().fit([(p[3], p[5]) for p in train])
        ends = ConditionalLogit().fit([(p[4], p[6]) for p in train])
        for n, p in items:
            if held[n]["fold"] == fold:
                out[(n, p[0].start, p[0].end, p[0].rule)] = (p[1], starts.probabilities(p[3]), ends.probabilities(p[4]),
                                                             p[5], p[6])
    return out


def cut(held: list[dict], model: dict, choose, drop=lambda f, findings: False) -> dict:
    """Spans alone with every passage cut to ``choose(start distribution, end distribution)`` (token offsets),
    the findings ``drop`` picks left out."""
    pairs = []
    for n, a in enumerate(held):
        predicted = []
        for f in a["findings"]:
            key = (n, f.start, f.end, f.rule)
            if drop(f, a["findings"]):
                continue
            if key in model:
                first, ps, pe, _, _ = model[key]
                s, e = choose(ps, pe)
                predicted.append((f.technique, a["tokens"][first + s].start, a["tokens"][first + e].end))
            else:
                predicted.append((f.technique, f.start, f.end))
        pairs.append((predicted, a["gold"]))
    return score(pairs, labelled=False)


def argmax(ps, pe):
    s = int(np.argmax(ps))
    return s, s + int(np.argmax(pe[s:]))


def expected_credit(weight: float):
    """The span whose words' inside-probabilities have the highest mean + ``weight`` × sum."""
    def choose(ps, pe):
        inside = np.cumsum(ps) * np.cumsum(pe[::-1])[::-1]
        total = np.concatenate([[0.0], np.cumsum(inside)])
        best = max(((total[e + 1] - total[s]) / (e - s + 1) + weight * (total[e + 1] - total[s]), s, e)
                   for s in range(len(inside)) for e in range(s, len(inside)))
        return best[1], best[2]
    return choose


# ------------------------------------------------------------------------------------------ words carry


def carried(f, findings, techniques, any_word: bool = False) -> bool:
    return (f.level == "passage" and f.rule.endswith(".model-sentence") and f.technique in techniques
            and any(g.level == "word" and (any_word or g.technique == f.technique)
                    and f.start <= g.start and g.end <= f.end for g in findings))


def words_carry(f, findings) -> bool:
    """The shipped rule: a sentence flag its word flags carry, not shown at the teaching threshold."""
    return carried(f, findings, WORD_TECHNIQUES) and not f.shown


def without(held: list[dict], drop) -> tuple[dict, int, int]:
    pairs, left_out, shown = [], 0, 0
    for a in held:
        kept = []
        for f in a["findings"]:
            if drop(f, a["findings"]):
                left_out, shown = left_out + 1, shown + f.shown
            else:
                kept.append((f.technique, f.start, f.end))
        pairs.append((kept, a["gold"]))
    return score(pairs, labelled=False), left_out, shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ptc", type=Path, default=DEFAULT_PTC)
    args = parser.parse_args(argv)
    if not (args.ptc / "train-articles").is_dir():
        print(f"PTC corpus not found at {args.ptc}; skipping the study (pass --ptc DIR).")
        return 0
    held = held_out(load_ptc(args.ptc))
    model = boundary_model(held)
    known = [v for v in model.values() if v[3] is not None]
    print("boundary model: start right", round(float(np.mean([np.argmax(v[1]) == v[3] for v in known])), 3),
          "(sentence start", round(float(np.mean([v[3] == 0 for v in known])), 3), "); end right",
          round(float(np.mean([np.argmax(v[2]) == v[4] for v in known])), 3), "(sentence end",
          round(float(np.mean([v[4] == len(v[2]) - 1 for v in known])), 3), ")")
    print("| variant | P | R | F1 |\n| --- | --- | --- | --- |")
    rows = [("whole sentences", cut(held, model, lambda ps, pe: (0, len(pe) - 1))), ("argmax", cut(held, model, argmax))]
    rows += [(f"expected credit, weight {w}", cut(held, model, expected_credit(w))) for w in (0.02, 0.05, 0.1)]
    rows.append(("argmax, with words_carry", cut(held, model, argmax, words_carry)))
    for name, r in rows:
        print(f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} |")
    print("\n| sentence flags left out | P | R | F1 | left out | of them shown |\n| --- | --- | --- | --- | --- | --- |")
    variants = {
        "none": lambda f, fs: False,
        "loaded language, a loaded word inside": lambda f, fs: carried(f, fs, {"loaded-language"}),
        "loaded language and name calling, a word of theirs inside": lambda f, fs: carried(f, fs, WORD_TECHNIQUES),
        "same, unshown (words_carry)": words_carry,
        "any technique, a word of its own inside, unshown":
            lambda f, fs: carried(f, fs, {f.technique}) and not f.shown,
        "any technique, any word flag inside, unshown":
            lambda f, fs: carried(f, fs, {f.technique}, any_word=True) and not f.shown,
    }
    for name, drop in variants.items():
        r, left_out, shown = without(held, drop)
        print(f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {left_out} | {shown} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
