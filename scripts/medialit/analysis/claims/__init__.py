"""Checkable claims: sentences with dates, numbers, quotations of others, cited documents, events or
corrections, each linked to a known check (data/checks.yaml) when one settles it.

Two steps, as in a rule-based matcher: ``analysis.sentences`` finds sentences and cue spans;
``detect_claims`` turns them into ``Claim`` findings. The cue words are data (checks.yaml 'claim_kinds');
this package only knows how to match them. Offsets index ``source.content``; only the body is searched.

Modules, in the order they build on each other: ``speech`` (reported speech and quotations), ``clauses``
(the words to check around a cue), ``names`` (names, posts, the doer of a deed), ``figures`` (numbers and
cited sources), ``kinds`` (what a sentence tells, its known checks), ``table`` (which claims a lesson
shows) and ``detect`` (the claims of a source).
"""

from .clauses import clause_around, opening_words
from .detect import POST_BY, detect_claims
from .figures import with_its_number
from .kinds import absent_before, is_a_cue_at, is_correction_note
from .names import NAME_TITLE_WORDS, names_known, names_to_ignore, person_last_named, pronoun_subject, with_doers
from .speech import is_quoted_cue, said_by_pronoun, saying_verbs
from .table import TABLE_CLAIMS, ranked_claims, table_claims, without_repeats

__all__ = ["NAME_TITLE_WORDS", "POST_BY", "TABLE_CLAIMS", "absent_before", "clause_around", "detect_claims",
           "is_a_cue_at", "is_correction_note", "is_quoted_cue", "names_known", "names_to_ignore", "opening_words",
           "person_last_named", "pronoun_subject", "ranked_claims", "said_by_pronoun", "saying_verbs",
           "table_claims", "with_doers", "with_its_number", "without_repeats"]
