"""h32b: the full code (strict F1). Events coded with the right actors and root but a code finer or coarser than an analyst
writes: a ban, sanctions or tariffs urged withdrawn are no military de-escalation (x.urge_withdraw.0256 `xcomp_not`; the
appeal to yield x.urge_ease.025, sanctions x.urge_ease_sanctions.0254); mortar, artillery or tank rounds fired are
artillery (194), not small arms (x.fire_small_arms.193 `object_not`); a university, school or church seized is property
confiscated (1711, x.seize_facility.1711); a bare country as the subject of a clause reported by its own government is
that government (modality.yaml `own_government_clause`: "Wang Yi said China supported ..." → CHNGOV). SPEC rows must be
coded, ABSENT rows must not; new rows failed before their rule."""
from __future__ import annotations

import pytest

from event_checks import check_absent, check_event

SPEC = [
    # a ban, restrictions, tariffs or sanctions urged withdrawn: an appeal to yield or to ease sanctions
    ("South Korea urged Tokyo to withdraw its ban on Korean beef imports.", "KOR", "025", "JPNGOV", "happened"),
    ("The Philippines urged China to withdraw its new fishing restrictions in the South China Sea.", "PHL", "025", "CHN",
     "happened"),
    ("Britain asked Iran to withdraw its sanctions on British lawmakers.", "GBR", "0254", "IRN", "happened"),
    ("Canada called on Beijing to withdraw its tariffs on Canadian canola.", "CAN", "0254", "CHNGOV", "happened"),
    # guard: troops and forces urged withdrawn stay military de-escalation
    ("The EU urged Russia to withdraw its troops from Georgia.", "IGOEUREEC", "0256", "RUS", "happened"),
    ("NATO urged Moscow to withdraw its forces from the border.", "IGOWSTNAT", "0256", "RUSGOV", "happened"),
    # rounds of a mortar fired are artillery (194)
    ("Hamas gunmen fired mortar rounds at an Israeli army post near the border.", "PSEREBHMS", "194", "ISRMIL",
     "happened"),
    # guard: rounds alone, or live rounds, stay small arms
    ("Soldiers fired rounds at the rebel positions near Goma.", "CODMIL", "193", "CODREB", "happened"),
    ("Syrian troops fired live rounds at Israeli soldiers.", "SYRMIL", "193", "ISRMIL", "happened"),
    # a university or school seized is property confiscated
    ("The Nicaraguan government seized the Jesuit-run Central American University in Managua.", "NICGOV", "1711",
     "NICEDU", "happened"),
    ("Taliban fighters seized a girls' school in Herat.", "AFGGOV", "1711", "AFGCVL", "happened"),
    # guard: a town seized stays territory occupied
    ("The Russian army seized the town of Avdiivka.", "RUSMIL", "192", "UKR", "happened"),
    # a country its own government speaks of, in an act of words or one announced, is that government
    ("Chinese Foreign Minister Wang Yi met Min Aung Hlaing in the capital Naypyitaw on Thursday and said China supported "
     "Myanmar's efforts to hold elections.", "CHNGOV", "051", "MMR", "happened"),
    ("Turkish Foreign Minister Hakan Fidan said Turkey supported Syria's efforts to rebuild its army.", "TURGOV", "051",
     "SYR", "happened"),
    ("Kremlin spokesman Dmitry Peskov said Russia had not interfered in Moldova's affairs and accused the authorities in "
     "Chisinau of denying Moldovans the chance to vote.", "RUSGOV", "112", "MDAGOV", "happened"),
    ("Japan's prime minister said Japan would hold talks with South Korea next week.", "JPNGOV", "040", "KOR", "planned"),
    # guards: another country's act told, force done, a speaker of another sector or no government, a collective subject
    ("Ukrainian President Volodymyr Zelenskiy said Ukraine struck a Russian airfield overnight.", "UKR", "190", "RUS",
     "happened"),
    ("Indian Foreign Minister S. Jaishankar said Pakistan had backed the attackers.", "PAK", "051", "INDUAF", "happened"),
    ("Reuters said China supported Myanmar's efforts to hold elections.", "CHN", "051", "MMR", "happened"),
    ("The Russian army said Russia had repelled a Ukrainian attack.", "RUS", "190", "UKR", "happened"),
    ("Armenian Prime Minister Nikol Pashinyan said Armenia and Azerbaijan had agreed on the text of a peace treaty.",
     "ARM", "057", "AZE", "happened"),
]

ABSENT = [
    ("South Korea urged Tokyo to withdraw its ban on Korean beef imports.", ("KOR", "0256", "JPNGOV")),
    ("Britain asked Iran to withdraw its sanctions on British lawmakers.", ("GBR", "0256", "IRN")),
    ("Hamas gunmen fired mortar rounds at an Israeli army post near the border.", ("PSEREBHMS", "193", "ISRMIL")),
    ("The Nicaraguan government seized the Jesuit-run Central American University in Managua.",
     ("NICGOV", "173", "NICEDU")),
    ("Ukrainian President Volodymyr Zelenskiy said Ukraine struck a Russian airfield overnight.", ("UKRGOV", "190", "RUS")),
    ("Reuters said China supported Myanmar's efforts to hold elections.", ("CHNGOV", "051", "MMR")),
    ("The Russian army said Russia had repelled a Ukrainian attack.", ("RUSGOV", "190", "UKR")),
    ("Armenian Prime Minister Nikol Pashinyan said Armenia and Azerbaijan had agreed on the text of a peace treaty.",
     ("ARMGOV", "057", "AZE")),
    ("Chinese Foreign Minister Wang Yi met Min Aung Hlaing in the capital Naypyitaw on Thursday and said China supported "
     "Myanmar's efforts to hold elections.", ("CHN", "051", "MMR")),
]


@pytest.mark.parametrize("sentence,source,code,target,mode", SPEC)
def test_spec(sentence, source, code, target, mode):
    check_event(sentence, source, code, target, mode)


@pytest.mark.parametrize("sentence,triple", ABSENT)
def test_absent(sentence, triple):
    check_absent(sentence, triple)
