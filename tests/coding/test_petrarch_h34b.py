"""h34b: with a user's PETRARCH verb file, a trip told in a "before" clause only dates another act (modality.yaml
`time_clause_trips`, events.py `_time_clause_trip`): no visit by the user's pattern, nor by a less specific reading of
the same verb (a made-up SAIL block: `- * FOR + [042]` and the block's bare code 040), as h30f's x.leave_for reads
"Before leaving for Beijing" with our own patterns. The trip told as the main act is still the user's 042."""
from __future__ import annotations

from petrarch_checks import user_verb_suite

VERBS = """\
--- SAIL [040] ---
SAIL
- * FOR + [042]
"""

SPEC = [
    ("the user's pattern on a main verb", "Russian President Vladimir Putin sailed for Cuba on Monday.", "RUS", "042",
     "CUB"),
]

ABSENT = [
    ("the user's pattern in a before clause", "Before sailing for Cuba on Monday, Russian President Vladimir Putin met "
     "Venezuelan officials in Caracas.", ("", "042", "CUB")),
    ("the block's bare code in a before clause", "Before sailing for Cuba on Monday, Russian President Vladimir Putin "
     "met Venezuelan officials in Caracas.", ("", "040", "CUB")),
]

verb_path, pipeline, test_spec, test_absent = user_verb_suite("h34b", VERBS, SPEC, ABSENT)
