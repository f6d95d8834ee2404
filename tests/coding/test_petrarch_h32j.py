"""h32j: a user's PETRARCH pattern's words before the verb, on a passive verb (coding/events.py `_before_words`).

PETRARCH-2's matcher (`VerbPhrase.match_pattern`) reads a passive verb phrase with the pattern's two sides swapped: the
words before ``*`` (the doer of the active clause) are looked for in the verb's BY / FROM phrases, the words after it
in the clause's subject. So ``- RIOTER * [145]`` codes "The Russian embassy was wrecked by a Ukrainian rioter" (the
GSR's PASSIVE_3, ``- PROTESTOR * [145]`` of CAMEO.2.0's DEMOLISH), and a "rioter" written before a passive verb but
outside its agent names nothing. An active verb is read as before (the words up to the verb, in order).

The verb file is written here. SPEC rows must be coded, ABSENT rows not (look-alike guards); the default pipeline
(no verb file) is unchanged."""
from __future__ import annotations

from petrarch_checks import mixed_verb_suite

VERBS = """\
--- WRECK [1712] ---
WRECK
- RIOTER * [145]
"""

# (what the row shows, sentence, source, code, target) with the user's verb file
SPEC_USER = [
    ("passive: the words before the verb are found in the by-agent",
     "The Russian embassy was wrecked by a Ukrainian rioter.", "UKR", "145", "RUS"),
    ("passive: ... deeper in the agent's phrase",
     "The Russian embassy was wrecked by a crowd of Ukrainian rioters.", "UKR", "145", "RUS"),
    ("active: the words before the verb as before",
     "A Ukrainian rioter wrecked the Russian embassy.", "UKR", "145", "RUS"),
    ("passive with an agent that is no rioter: the bare verb",
     "The Russian embassy was wrecked by Ukrainian troops.", "UKR", "1712", "RUS"),
]

ABSENT_USER = [
    ("the agent names no rioter", "The Russian embassy was wrecked by Ukrainian troops.", "145", "RUS"),
    ("a rioter before a passive verb but outside its agent names nothing",
     "A rioter said the Russian embassy was wrecked by Ukrainian troops.", "145", "RUS"),
]

# (sentence, source, code, target, mode) with eventwire's own dictionaries: our reading, no verb file
SPEC = [
    ("The Russian building was demolished by a Ukrainian protestor.", "UKRCVL", "1712", "RUS", "happened"),
]

pipeline, test_spec_user, test_absent_user, test_spec, test_absent = mixed_verb_suite(
    "h32j", VERBS, SPEC_USER, ABSENT_USER, SPEC, None)
