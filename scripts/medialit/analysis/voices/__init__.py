"""Quoted voices: who is quoted or cited, with which attribution verb, named or not, and for which side.

The verbs, the nouns of unnamed groups, the phrases that introduce quotations and the sides are data
(data/voices.yaml). The package builds patterns from them and finds spans; ``summarize_voices`` says which
sides are heard and which expected ones are absent.

The modules, in the order a text flows through them (each imports only from those before it):

- ``data``: voices.yaml read and checked; ``VoiceData`` answers for one speaker (role, side, organisation).
- ``sentences``: the text's sentences and quotations, read once per text.
- ``names``: name words and the people a text names.
- ``patterns``: the attribution patterns built from the data, and where they can match.
- ``kinds``: a person, a body, a group, a thing, or no speaker at all (the rules applied to what is found).
- ``roles``: each voice's role and side.
- ``speakers``: the speaker of one attribution as the lesson writes it.
- ``attributions``: one attribution match read into a voice, and the people listed with the speaker.
- ``pronouns``: "he said" speaks for the person it refers to.
- ``quotes``: voices without an attribution verb (documents, transcripts, posts, block quotations).
- ``detect``: ``detect_voices``, the steps in order.
- ``heard`` and ``summary``: who is heard, as a lesson lists it and summarises it.
"""

from .data import VOICE_KINDS, VOICES_FILE, Role, Side, Verb, VoiceData, load_voice_data, validate_voices
from .detect import detect_voices
from .heard import heard_voices
from .kinds import speaks_as_body
from .patterns import is_share
from .roles import text_topics
from .summary import VoiceSummary, summarize_voices

__all__ = ["VOICES_FILE", "VOICE_KINDS", "Role", "Side", "Verb", "VoiceData", "VoiceSummary", "detect_voices",
           "heard_voices", "is_share", "load_voice_data", "speaks_as_body", "summarize_voices", "text_topics",
           "validate_voices"]
