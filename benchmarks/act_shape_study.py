"""Does a token-model word name an act or judge it? Candidate shapes measured, none shipped (hl-28, issue 14).

    PYTHONPATH=scripts .venv/bin/python benchmarks/act_shape_study.py [--no-results]

The teacher read (``teacher-read.md``) rejects about a third of the token model's single-word flags
(``loaded-language.model``), and hl-27 saw that the rejected ones mostly NAME the act or state reported
("raping", "loved ones", "the poor", "fighting rages") while the accepted ones JUDGE it ("murderous",
"shameful", "brutally"). This study tries readable, general shapes of a flag's words that could tell the two
apart, and measures each one three ways:

- the teacher read: the judged token-model flags split by shape, and the read replayed
  (``teacher_read_curve``) with flags of that shape asking more than the teaching threshold (+0.05, +0.10,
  +0.15, hidden), with what that hides on our own texts (the issue's words and the seeds' lists);
- techniques-dev held out (``techniques_dev_benchmark``, cross-validation by article, 8 shuffled splits) with
  the +0.10 offset on that shape;
- PTC's training split: the share of the words of each suffix shape that lie inside a loaded-language span
  (and inside any span), counted on the words themselves, with no detector.

The shapes use generic English suffixes, determiners and VADER's lexicon (shipped with vaderSentiment);
no word of either corpus is listed. Writes benchmarks/results/act-shape.md (and .json). Skips cleanly
when the data are absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(REPO / "benchmarks"))

import teacher_read_curve as curve  # noqa: E402
import techniques_dev_benchmark as dev  # noqa: E402
from medialit.analysis import DEFAULT_THRESHOLD  # noqa: E402
from medialit.analysis.display import hidden_families  # noqa: E402
from medialit.analysis.rules import load_rulebook  # noqa: E402
from ptc_benchmark import _meta  # noqa: E402

RESULTS = REPO / "benchmarks" / "results"
PTC = curve.SHARED / "ptc"
FAMILY = "loaded-language.model"
MARKED = FAMILY + "-shape"          # the token model's flags of the shape studied, given their own offset
STEPS = (0.05, 0.10, 0.15, curve.HIDE)

# A participle ("torturing", "raped"): a verb form that reports what was done. An adjective or adverb of
# evaluation ("murderous", "shameful", "brutally"): a word that judges it. Generic suffixes only.
PARTICIPLE = re.compile(r"[a-z]{3,}(ing|ed)$")
EVALUATIVE = re.compile(r"[a-z]{2,}(ous|ful|ive|less|ly|ible|able|ic)$")
DETERMINERS = frozenset("the their our your his her its those these".split())
# What may follow an adjective used as a noun ("the poor who ...", "the injured were ..."): function words.
AFTER_GROUP = frozenset("who are were have has had of and or in".split())


def _norms(words) -> list[str]:
    return [w.lower().strip(".,;:!?\"“”‘’'()") for w in words]


def participle(words, before: str = "", after: str = "") -> bool:
    """A participle among the flag's words, and no adjective or adverb of evaluation beside it."""
    norms = _norms(words)
    return any(PARTICIPLE.match(w) for w in norms) and not any(EVALUATIVE.match(w) for w in norms)


def last_participle(words, before: str = "", after: str = "") -> bool:
    """The flag ends on a participle (reported act: "raped", "slavery endured"), with no evaluative word;
    a participle before its noun ("rotting corpse") describes the noun and is not taken."""
    norms = _norms(words)
    return bool(norms) and bool(PARTICIPLE.match(norms[-1])) and not any(EVALUATIVE.match(w) for w in norms)


def group_noun(words, before: str = "", after: str = "") -> bool:
    """An adjective used as a noun for people ("loved ones"; "the poor who ..."): "X ones", or a lone
    singular word after a determiner and before a function word."""
    norms = _norms(words)
    if len(norms) == 2 and norms[1] == "ones":
        return True
    prev = re.findall(r"[A-Za-z']+", before)
    nxt = re.findall(r"[A-Za-z']+|[.,;:]", after)
    return (len(norms) == 1 and not norms[0].endswith("s") and bool(prev) and prev[-1].lower() in DETERMINERS
            and (not nxt or nxt[0].lower() in AFTER_GROUP or nxt[0] in ".,;:"))


def act(words, before: str = "", after: str = "") -> bool:
    """Names an act or a group: a final participle or an adjective used as a noun."""
    return last_participle(words) or group_noun(words, before, after)


def _vader() -> dict:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer().lexicon


def vader_extreme(words, before: str = "", after: str = "") -> bool:
    """A word VADER rates -3.4 or below (the names of atrocities sit there: they may judge nothing)."""
    lexicon = _vader()
    return min((lexicon.get(w, 0.0) for w in _norms(words)), default=0.0) <= -3.4


def vader_unlisted(words, before: str = "", after: str = "") -> bool:
    """No word of the flag in VADER's lexicon (the words the corpus never saw, carried by vectors)."""
    lexicon = _vader()
    return not any(w in lexicon for w in _norms(words))


SHAPES = {"participle (anywhere, no evaluative word)": participle,
          "final participle": last_participle,
          "adjective as a noun": group_noun,
          "final participle or adjective as a noun": act,
          "VADER -3.4 or below": vader_extreme,
          "not in VADER": vader_unlisted}


def _is_shape(shape, c, content: str) -> bool:
    return c.rule == FAMILY and shape(c.cues, content[max(0, c.start - 20):c.start], content[c.end:c.end + 20])


def _marked(candidates: list, content: str, shape) -> list:
    return [replace(c, rule=MARKED) if _is_shape(shape, c, content) else c for c in candidates]


# ----------------------------------------------------------------------------------------- the read


def read_texts() -> tuple[list[dict], dict]:
    flags = curve.parse_read()
    texts = {}
    for key in sorted({f["key"][0] for f in flags}):
        path = curve.text_path(*key)
        if path.is_file():
            texts[key] = curve.candidates_of(path)
    flags = [f for f in flags if f["key"][0] in texts]
    curve.join(flags, texts)
    for key, text in texts.items():
        text["verdicts"] = {f["index"]: f["verdict"] for f in flags if f["key"][0] == key and f["index"] is not None}
    return flags, texts


def on_the_read(flags, texts, own) -> dict:
    settings = load_rulebook().settings.display
    base, floor = hidden_families(settings), float(settings.get("floor", 0.0))
    wpf = int(settings.get("words_per_flag", 0))
    new_keys = sorted({f["key"][0] for f in flags if curve.is_new_text(f)})
    reference = {"threshold": DEFAULT_THRESHOLD, "offsets": {}, "words_per_flag": wpf}
    before = curve.summary(curve.tally(flags, texts, reference, base, floor), new_keys)
    out = {"before": before, "shapes": {}}
    originals = {k: t["candidates"] for k, t in texts.items()}
    own_originals = {k: t["candidates"] for k, t in own.items()}
    for name, shape in SHAPES.items():
        split = Counter()
        for f in flags:
            if curve.is_new_text(f) and f.get("shown_today") and f.get("family") == FAMILY:
                candidate = originals[f["key"][0]][f["index"]]
                split[(_is_shape(shape, candidate, texts[f["key"][0]]["content"]), f["verdict"])] += 1
        for pool, saved in ((texts, originals), (own, own_originals)):
            for key, text in pool.items():
                text["candidates"] = _marked(saved[key], text["content"], shape)
                for k in [k for k in text if isinstance(k, tuple)]:
                    del text[k]      # the replay caches primaries by hidden families: recompute
        rows = []
        for step in STEPS:
            policy = {**reference, "offsets": {MARKED: step}}
            rows.append({"offset": "hidden" if step == curve.HIDE else step,
                         **curve.summary(curve.tally(flags, texts, policy, base, floor), new_keys),
                         "own_texts": curve.changes_on(own, policy, reference, base, floor)})
        out["shapes"][name] = {"split": {f"{'shape' if s else 'other'} {v}": n for (s, v), n in sorted(split.items())},
                               "replay": rows}
    for pool, saved in ((texts, originals), (own, own_originals)):
        for key, text in pool.items():
            text["candidates"] = saved[key]
    return out


# ---------------------------------------------------------------------------------------- techniques-dev


def on_techniques_dev(articles: list[dict], shape, step: float = 0.10) -> dict:
    """Held-out figures with the shape's flags asking ``step`` more (the shipped model's features)."""
    original_held, original_offsets = dev._held, dev.OFFSETS

    def held(article, candidates, confidences):
        return original_held(article, _marked(candidates, article["source"].content, shape), confidences)

    dev._held, dev.OFFSETS = held, ({**original_offsets, MARKED: step} if step else dict(original_offsets))
    try:
        held_ = dev.cross_validate(articles, 5)
        result = dev.evaluate(held_, DEFAULT_THRESHOLD)
        result["splits"] = dev.shuffled_splits(articles, 5, 8)
        dev.OFFSETS = dict(original_offsets)      # the split of the flags main shows, by shape
        families = dev.per_family(held_, DEFAULT_THRESHOLD)
        result["split"] = {k: families.get(k, {"flags": 0, "precision": 0.0}) for k in (MARKED, FAMILY)}
    finally:
        dev._held, dev.OFFSETS = original_held, original_offsets
    return result


# ------------------------------------------------------------------------------------------------- PTC


def suffix_shape(word: str) -> str:
    if PARTICIPLE.match(word):
        return "participle (-ing, -ed)"
    if EVALUATIVE.match(word):
        return "evaluative (-ous -ful -ive -less -ly -ible -able -ic)"
    return "other"


def on_ptc() -> dict:
    """Share of the words of each suffix shape inside a Loaded_Language span and inside any span."""
    spans: dict[str, list] = {}
    for line in (PTC / "train-task-flc-tc.labels").read_text(encoding="utf-8").splitlines():
        article, label, start, end = line.split("\t")
        spans.setdefault(article, []).append((label, int(start), int(end)))
    total, loaded, any_ = Counter(), Counter(), Counter()
    for path in sorted((PTC / "train-articles").glob("article*.txt")):
        marked = spans.get(path.stem.removeprefix("article"), [])
        for m in re.finditer(r"[A-Za-z]+", path.read_text(encoding="utf-8")):
            k = suffix_shape(m.group().lower())
            inside = [label for label, s, e in marked if s <= m.start() and m.end() <= e]
            total[k] += 1
            loaded[k] += "Loaded_Language" in inside
            any_[k] += bool(inside)
    return {k: {"words": total[k], "loaded_language": round(loaded[k] / total[k], 4),
                "any_span": round(any_[k] / total[k], 4)} for k in sorted(total)}


# ------------------------------------------------------------------------------------------------ report


def render(result: dict, meta: dict) -> str:
    b = result["read"]["before"]
    lines = ["# Token-model words that name an act or judge it: shapes measured (not shipped)", "",
             f"- Date: {meta.get('date', '')}", f"- Git commit: {meta.get('commit', '')}",
             "- Data: the verdict tables of `teacher-read.md` joined to today's findings (teacher_read_curve); "
             "techniques-dev held out (5-fold by article, 8 shuffled splits); PTC training split, words counted "
             "directly. All read from `../shared` at run time; no text of them is written here.",
             "- Reproduce: `PYTHONPATH=scripts .venv/bin/python benchmarks/act_shape_study.py`", "",
             f"Read before (threshold {DEFAULT_THRESHOLD}, no offsets, new texts): {b['accepted']} accepted, "
             f"{b['rejected']} rejected ({b['share']:.1%}). Techniques-dev before: precision "
             f"{result['dev_before']['precision']}, recall {result['dev_before']['recall']}, agreement "
             f"{result['dev_before']['agreement']:.1%}; 8 splits {result['dev_before']['splits']['precision']['mean']} (lowest {result['dev_before']['splits']['precision']['lowest']}).", "",
             "## The judged token-model flags split by shape (new texts, shown today)", "",
             "| shape | shape: accepted | shape: rejected | other: accepted | other: rejected |",
             "| --- | --- | --- | --- | --- |"]
    for name, s in result["read"]["shapes"].items():
        sp = s["split"]
        lines.append(f"| {name} | {sp.get('shape accept', 0)} | {sp.get('shape reject', 0)} | "
                     f"{sp.get('other accept', 0)} | {sp.get('other reject', 0)} |")
    lines += ["", "## The read replayed: flags of the shape ask more", "",
              "| shape | offset | accepted | rejected | share | unjudged | hidden on our own texts |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, s in result["read"]["shapes"].items():
        for r in s["replay"]:
            own = "; ".join(x.lstrip("-+ ").replace(MARKED + " ", "") for x in r["own_texts"]) or "none"
            lines.append(f"| {name} | {r['offset']} | {r['accepted']} | {r['rejected']} | {r['share']:.1%} | "
                         f"{r['unjudged']} | {own} |")
    lines += ["", "## Techniques-dev held out", "",
              "The token model's single-word flags that main shows, split by shape (spans-alone precision: the share of "
              "their characters inside any annotation), and the whole policy with the shape's flags asking 0.10 more.", "",
              "| shape | shown: shape (precision) | shown: other (precision) | +0.10: precision | recall | agreement | "
              "flags | 8 splits: precision (lowest) |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, r in result["dev"].items():
        sp, split = r["splits"], r["split"]
        lines.append(f"| {name} | {split[MARKED]['flags']} ({split[MARKED]['precision']}) | {split[FAMILY]['flags']} "
                     f"({split[FAMILY]['precision']}) | {r['precision']} | {r['recall']} | {r['agreement']:.1%} | "
                     f"{r['flags']} | {sp['precision']['mean']} ({sp['precision']['lowest']}) |")
    lines += ["", "## PTC training split: words by suffix shape", "",
              "| shape | words | inside loaded language | inside any span |", "| --- | --- | --- | --- |"]
    for k, r in result["ptc"].items():
        lines.append(f"| {k} | {r['words']} | {r['loaded_language']:.1%} | {r['any_span']:.1%} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-results", action="store_true")
    args = parser.parse_args(argv)
    if not (dev.DEFAULT_DEV / "gold.tsv").is_file() or not PTC.is_dir():
        print(f"techniques-dev or PTC not found under {curve.SHARED}; skipping.")
        return 0
    flags, texts = read_texts()
    result = {"read": on_the_read(flags, texts, curve.own_texts())}
    articles = dev.load_dev(dev.DEFAULT_DEV)
    result["dev_before"] = on_techniques_dev(articles, lambda *a: False, 0.0)
    result["dev"] = {name: on_techniques_dev(articles, shape) for name, shape in SHAPES.items()}
    result["ptc"] = on_ptc()
    meta = _meta([], 5, {})
    text = render(result, meta)
    print(text)
    if not args.no_results:
        (RESULTS / "act-shape.md").write_text(text, encoding="utf-8")
        (RESULTS / "act-shape.json").write_text(json.dumps({"meta": meta, "result": result}, indent=2,
                                                           sort_keys=True, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
