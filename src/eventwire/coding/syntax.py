"""Small helpers over spaCy's dependency tree, shared by the coders."""
from __future__ import annotations

import functools
from typing import Collection, Iterable

from spacy.tokens import Doc, Token

from ..model import Mention



def _relative_pronouns() -> frozenset[str]:
    """coref.yaml `relative_pronouns` (h31f: read once, at import; kb imports nothing of the coders)."""
    from .kb import read_yaml

    return frozenset(read_yaml("coref.yaml")["relative_pronouns"])


REL_PRONOUNS = _relative_pronouns()
SUBJ_DEPS = {"nsubj", "csubj"}


def repeated_verb(pron: Token, additive_adverbs: Collection[str],
                  groups: Iterable[Collection[str]] = ()) -> tuple[Token | None, bool]:
    """(p20, h21c) For an object pronoun, the verb of the same lemma told last before its verb, in its sentence or the
    one before, or two before when an additive adverb (coref.yaml `additive_adverbs`: "also condemned it") makes its
    verb repeat that act whatever was named in between — with that adverb, also a verb of the same group (coref.yaml
    `repeated_act_verbs`: "Germany denounced the strike, and France also criticised it"); and whether that adverb is
    there. (None, False) for any other token. What "it" repeats is that verb's object (actors.py
    `_repeated_object_thing`), so the act named again has that act's target (events.py path `dobj.author`)."""
    verb = pron.head
    if pron.dep_ != "dobj" or verb.pos_ != "VERB":
        return None, False
    lemma = verb.lemma_.lower()
    additive = any(c.dep_ == "advmod" and c.lower_ in additive_adverbs for c in verb.children)
    same = {lemma} | ({w for g in groups if lemma in g for w in g} if additive else set())
    doc = pron.doc
    start = pron.sent.start
    for _ in range(2 if additive else 1):
        start = doc[start - 1].sent.start if start > 0 else start
    return next((t for t in reversed(doc[start:verb.i]) if t.lemma_.lower() in same and t.pos_ == "VERB"), None), additive


def innermost_mentions(doc: Doc, mentions: Iterable[Mention]) -> dict[int, Mention]:
    """Token index → the innermost mention that covers it: "Netherlands" in "its ambassador from the Netherlands"
    is the Netherlands, the phrase's head the ambassador; "UN" in "spokesman for the UN" is the UN. Of two
    overlapping mentions of one length, the one that starts first (then the one listed first) holds the token."""
    out: dict[int, Mention] = {}
    for m in sorted(mentions, key=lambda m: (m.end - m.start, m.start)):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                out.setdefault(t.i, m)
    return out


def is_passive(tok: Token) -> bool:
    # a participle on a noun is passive ("elephants sent by Myanmar"), a clause with its own
    # subject is not ("accusations that it had supplied drones")
    # ... and so is one with a by-agent the parser hung on the verb ("held talks in Kuala Lumpur mediated[advcl]
    # by Malaysia")
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
        tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ in SUBJ_DEPS for c in tok.children)) or (
        tok.dep_ == "advcl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)
        and not any(c.dep_ in SUBJ_DEPS or c.dep_ in ("aux", "mark") for c in tok.children))


@functools.lru_cache(maxsize=None)
def modality_words(key: str) -> frozenset[str]:
    """One word list of data/modality.yaml, read once (the lists below are named views of it)."""
    from .kb import read_yaml

    return frozenset(read_yaml("modality.yaml").get(key) or ())


def owner_participles() -> frozenset[str]:
    """Participles that name an owner ("a ship belonging to / owned by Israel"), from data/modality.yaml."""
    return modality_words("owner_participles")


def participle_in(tok: Token, words: Collection[str]) -> bool:
    """Whether the participle's lemma is one of `words`, also when the tagger left it unlemmatized as an
    adjective ("flagged", "backed")."""
    word = tok.lemma_.lower()
    return word in words or word.endswith("ed") and (word[:-2] in words or word[:-3] in words or word[:-1] in words)


def is_owner_participle(tok: Token) -> bool:
    """An owner participle ("flagged", "owned"), also when the tagger left it unlemmatized as an adjective."""
    return participle_in(tok, owner_participles())


def origin_participles() -> frozenset[str]:
    """Participles that name where goods come from ("Chinese-made drones", "made in China"), from data/modality.yaml."""
    return modality_words("origin_participles")


def is_maker_participle(tok: Token) -> bool:
    """An owner participle, or one of making that names a country by its adjective ("Chinese-made drones" are
    China's as "a British-flagged tanker" is Britain's)."""
    return is_owner_participle(tok) or tok.tag_ == "VBN" and tok.lemma_.lower() in origin_participles()


def object_control_verbs() -> frozenset[str]:
    """Verbs whose object is the subject of their open complement ("urged Russia to withdraw":
    Russia withdraws), from data/modality.yaml."""
    return modality_words("object_control_verbs")


def subject_gerund_prepositions() -> frozenset[str]:
    """Prepositions whose gerund is done by the governing verb's subject even when that verb has an
    object ("detonated a bomb before storming the base"), from data/modality.yaml."""
    return modality_words("subject_gerund_prepositions")


@functools.lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """modality.yaml `own_agent_nouns`, `attack_harm_relative_verbs`; coref.yaml `attack_nouns`,
    `attack_target_prepositions`."""
    from .kb import read_yaml

    mod, coref = read_yaml("modality.yaml"), read_yaml("coref.yaml")
    return (frozenset(mod.get("own_agent_nouns") or ()), frozenset(mod.get("attack_harm_relative_verbs") or ()),
            frozenset(coref.get("attack_nouns") or ()), frozenset(coref.get("attack_target_prepositions") or ()))


def _own_agent(agent: Token) -> bool:
    """A by-phrase the small parser hung on a passive verb that belongs to the act noun just before it
    ("were released after mediation[pobj] by[agent] Oman": Oman mediated, it did not release)."""
    if agent.i == 0:
        return False
    before = agent.doc[agent.i - 1]
    return before.dep_ == "pobj" and before.pos_ == "NOUN" and before.lemma_.lower() in _vocab()[0]


def relative_doer(relcl: Token) -> Token:
    """Who does what a relative clause says, when its pronoun is the subject: the antecedent, except that
    a clause of harm ("that"/"which" killed, wounded) on what an attack noun struck tells of the attack
    ("U.S. strikes[→ the doer] on the group that killed 31 people")."""
    head = antecedent(relcl)
    _, harms, attacks, preps = _vocab()
    if relcl.lemma_.lower() in harms and head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and head.head.lower_ in preps and head.head.head.lemma_.lower() in attacks \
            and any(c.dep_ in SUBJ_DEPS and c.lower_ in ("that", "which") for c in relcl.children):
        return head.head.head
    war = _war_before(relcl, head)
    return war if war is not None else head


def _war_before(relcl: Token, head: Token) -> Token | None:
    """(h27g) A war noun whose phrase ends right before the relative pronoun of a clause of harm that the small parser
    hung on a noun further back ("signed a peace agreement[← killed], pledging to end fighting in eastern Congo that has
    killed thousands"): the war killed them, not the agreement's signers (modality.yaml `tally_war_nouns`,
    `attack_harm_relative_verbs`); else None."""
    from .kb import read_yaml

    mod = read_yaml("modality.yaml")
    if relcl.lemma_.lower() not in set(mod.get("attack_harm_relative_verbs") or ()) or head.i >= relcl.i:
        return None
    pron = next((c for c in relcl.children if c.dep_ in SUBJ_DEPS and c.lower_ in ("that", "which")), None)
    if pron is None or pron.i <= head.i + 1:
        return None
    wars = {w for w in mod.get("tally_war_nouns") or () if " " not in w}
    for t in relcl.doc[head.i + 1: pron.i]:
        if t.pos_ == "NOUN" and t.lemma_.lower() in wars and t.right_edge.i + 1 == pron.i:
            return t
    return None


def is_infinitive(tok: Token) -> bool:
    """A verb with the infinitive marker "to" ("to withdraw")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def held_noun(tok: Token) -> Token | None:
    """The noun whose infinitive ("a plan to enrich") or "of" gerund ("no intention of invading") `tok`
    is, or None."""
    noun = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ == "of" else \
        tok.head if tok.dep_ == "acl" and is_infinitive(tok) else None
    if noun is not None and tok.dep_ == "acl" and noun.lemma_.lower() not in intent_nouns():
        # (h27g) an infinitive right after a noun of intent or capacity is its, wherever the small parser hung it
        # ("a force of 5,550 personnel with powers[pobj] to arrest[acl → force] suspects": what it may do)
        to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        before = tok.doc[to.i - 1] if to is not None and to.i > 0 else None
        if before is not None and before.pos_ == "NOUN" and before.i > noun.i and before.lemma_.lower() in intent_nouns():
            noun = before
    return noun if noun is not None and noun.pos_ == "NOUN" else None


def _intent_noun(tok: Token) -> Token | None:
    """The noun of intent or attempt (modality.yaml `planning_nouns`, `unrealised_nouns`) whose "of"
    gerund or infinitive `tok` is, or None."""
    noun = held_noun(tok)
    return noun if noun is not None and noun.lemma_.lower() in intent_nouns() else None


@functools.lru_cache(maxsize=1)
def intent_nouns() -> frozenset[str]:
    """Nouns of intent or attempt, whose gerund or infinitive their holder does."""
    from .kb import read_yaml

    mod = read_yaml("modality.yaml")
    return frozenset(mod["planning_nouns"]) | frozenset(mod["unrealised_nouns"])


def gerund_governor(tok: Token) -> Token | None:
    """The verb a gerund is the object of a preposition of ("resorted [to throwing]", "insisted
    [on meeting]"), or None."""
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    return None


def _after_comma(conj: Token) -> bool:
    """Whether a conjunct's "and" (or the conjunct itself) follows a comma."""
    doc = conj.doc
    cc = next((c for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i), None)
    first = cc.i if cc is not None else conj.i
    return first > 0 and doc[first - 1].text == ","


@functools.lru_cache(maxsize=1)
def _quantifiers() -> frozenset[str]:
    """coref.yaml `restating_quantifiers` and `partitive_quantifiers` ("most", "many", "some" of them)."""
    from .kb import read_yaml

    coref = read_yaml("coref.yaml")
    return frozenset(coref["restating_quantifiers"]) | frozenset(coref["partitive_quantifiers"])


def _partitive_aside(quant: Token, before: Token) -> bool:
    """Whether a second subject is an aside on the first: a quantifier "of them" right after it and a
    comma ("Protesters, many of them students, ...")."""
    return quant.lower_ in _quantifiers() and before.i < quant.i \
        and quant.doc[quant.left_edge.i - 1].text == "," and before.right_edge.i + 2 == quant.left_edge.i \
        and any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in ("them", "whom") for o in p.children)
                for p in quant.children)


def _gapped_passive(tok: Token) -> bool:
    """A bare participle joined to a passive verb, sharing its auxiliary ("were arrested and
    beaten[conj]"): no subject, auxiliary or object of its own."""
    return tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.i != tok.i and tok.head.i < tok.i \
        and is_passive(tok.head) and not any(c.dep_ in SUBJ_DEPS or c.dep_ in ("aux", "auxpass", "nsubjpass", "dobj", "mark")
                                             for c in tok.children)


def _gapped_passive_twin(tok: Token) -> Token | None:
    """The bare passive conjunct right after `tok` ("arrested [and] beaten by police") when it has a
    by-agent and nothing but the conjunction stands between them; else None."""
    for c in tok.children:
        if c.dep_ == "conj" and _gapped_passive(c) and c.i == tok.i + 2 and tok.doc[tok.i + 1].dep_ == "cc" \
                and any(a.dep_ == "agent" and a.i > c.i for a in c.children):
            return c
    return None


def _experiencer_passive_twin(tok: Token) -> list[Token] | None:
    """The by-agent of a subjectless "had / got X done by Y" joined to a passive with no agent ("were assaulted
    or had[conj] their phones seized[acl] by police" → police), else None."""
    for c in tok.children:
        if c.dep_ != "conj" or c.i < tok.i or c.lemma_.lower() not in modality_words("experiencer_passive_verbs") \
                or any(g.dep_ in SUBJ_DEPS or g.dep_ == "nsubjpass" for g in c.children):
            continue
        # the participle on the thing ("had their phones[dobj] seized[acl] by"), or the small parser's
        # clause of it ("had their cameras[nsubj] smashed[ccomp] by")
        parts = [p for o in c.children if o.dep_ == "dobj" for p in o.children
                 if p.dep_ == "acl" and p.tag_ == "VBN" and p.i > o.i]
        parts += [p for p in c.children if p.dep_ == "ccomp" and p.tag_ == "VBN"]
        for part in parts:
            agent = _by_agent(part)
            if agent:
                return agent
    return None


def _by_agent(tok: Token) -> list[Token] | None:
    """The objects of a verb's first by-agent that is not the agent of a noun before it (`_own_agent`), or
    None when it has none."""
    for c in tok.children:
        if c.dep_ == "agent" and not _own_agent(c):
            return [g for g in c.children if g.dep_ == "pobj"]
    return None


def comparative_participle_marks() -> frozenset[str]:
    """Marks of a participle clause that compares ("as required by the ceasefire"), from data/modality.yaml."""
    return modality_words("comparative_participle_marks")


def subject(tok: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """Subject tokens of a verb and whether the verb is passive (then: the by-agent).

    Inherits the subject through xcomp/conj/advcl ("Hlaing praised ..., stating ...") and takes
    the antecedent of a relative clause ("countries that recognise him"). The open complement of
    an object-control verb takes the verb's object ("urged Russia to withdraw" → Russia)."""
    if is_passive(tok):
        agent = _by_agent(tok)
        if agent is not None:
            return agent, True
        # "were arrested and beaten by police": a by-agent closing a coordination of passives is the
        # agent of each (only when nothing stands between the first and its bare twin)
        twin = _gapped_passive_twin(tok)
        if twin is not None:
            return subject(twin, depth + 1)
        shared = _experiencer_passive_twin(tok)
        if shared is not None:
            return shared, True
        return [], True
    if _gapped_passive(tok):
        # the bare twin of a passive ("were arrested and beaten[conj] by police") is passive itself
        agent = _by_agent(tok)
        if agent is not None:
            return agent, True
    subjects = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
    for c in subjects:
        if c.lower_ in REL_PRONOUNS and tok.dep_ == "relcl":
            return [relative_doer(tok)], False
        if c.lower_ in REL_PRONOUNS and tok.dep_ == "advcl":
            # (h29b) "met Meloni in Rome, who[nsubj] said[advcl]": the person the relative stands for
            person = personal_antecedent(tok)
            if person is not None:
                return [person], False
        if c.lower_ in ("that", "which", "who") and tok.dep_ == "ccomp" and _reported_relative_gap(tok.head, c):
            # (h29f) "missile strikes that[nsubj → killed] Ukrainian officials said[relcl] killed 12 civilians":
            # the relative pronoun is the gap of the clause the relative clause reports
            return [antecedent(tok.head)], False
    if subjects:
        # more than one when the small parser splits a subject phrase ("Sudan's paramilitary[nsubj]
        # Rapid Support Forces[nsubj] shelled"): the pieces that run on into each other are one
        # subject, and the actor among them is it; a distant one is another clause's
        if len(subjects) >= 2 and _partitive_aside(subjects[-1], subjects[-2]):
            # "Protesters[nsubj], many[nsubj] of them dressed in black, threw stones": the aside says who
            # some of them are; the subject is the noun before it
            subjects = subjects[:-1]
        chain = [subjects[-1]]
        for c in reversed(subjects[:-1]):
            if c.right_edge.i + 1 != chain[0].left_edge.i:
                break
            chain.insert(0, c)
        if len(chain) == 1 and chain[0].tag_ == "VBG" and chain[0].dep_ in ("nsubj", "csubj"):
            # a participle the small parser read as a gerund clause ("The Red Cross operating in
            # Iraq said" → operating[nsubj] with Cross[nsubj→operating]): its own subject is the one
            own = [g for g in chain[0].children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")]
            if own:
                return own, False
        # (h23d) ... and the subjects of clauses gapped after its object ("and France 30 million")
        return chain + [g for g in gapped_subjects(tok) if chain[-1].i < tok.i], False
    # the small parser sometimes hangs the subject on the auxiliary ("Egypt[nsubj→are] and Qatar
    # are mediating")
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass"):
            for g in c.children:
                if g.dep_ in SUBJ_DEPS:
                    return [g], False
    if depth == 0 and tok.dep_ == "conj" and tok.head.dep_ == "xcomp" and tok.head.tag_ == "VB" \
            and tok.tag_ in ("VBD", "VBZ") and tok.head.head.i != tok.head.i:
        # a finite verb the parser joined to the infinitive is its governor's conjunct ("urged both
        # sides to exercise restraint and offered[→urged] to host talks": Qatar offers)
        return subject(tok.head.head, depth)
    if depth == 0 and tok.dep_ == "conj" and tok.head.dep_ == "xcomp" and not any(c.dep_ == "aux" and c.lower_ != "to" for c in tok.children):
        # "urged Maduro to release prisoners and to hold talks": the second complement is the first's
        return subject(tok.head, depth)
    if depth == 0 and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in object_control_verbs():
        # only for the complement itself: a clause hung on it ("ordered X to leave, accusing Y")
        # is more often the main subject's (spaCy attaches such participles low)
        objs = [c for c in tok.head.children if c.dep_ == "dobj"]
        if objs:
            return objs, False
    if depth < 4 and tok.dep_ == "xcomp" and is_passive(tok.head) and tok.head.i != tok.i:
        # raising: "Obama is scheduled / expected / set to attend" → Obama attends
        raised = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
        if raised:
            return raised, False
    if depth < 4 and (noun := _intent_noun(tok)) is not None:
        # an act named by what someone has of it: "Ethiopia had no intention of invading Eritrea",
        # "Iran's plan to enrich", "a bid to seize power" → the holder (the noun's owner, else the
        # subject of the verb it is the object of)
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if owners:
            return owners, False
        if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and not _judged_plan(noun):
            return subject(noun.head, depth + 1)
    verb = gerund_governor(tok)
    if depth < 4 and verb is not None:
        # a gerund after a verb's preposition: "youths resorted to throwing stones" → the youths;
        # a verb with an object gives it the object ("thanked Kenya for sending aid" → Kenya)
        # ... but not after a preposition of time or manner ("detonated a bomb before storming it")
        objs = [c for c in verb.children if c.dep_ == "dobj"] if tok.head.lower_ not in subject_gerund_prepositions() else []
        return (objs, False) if objs else subject(verb, depth + 1)
    if depth < 4 and tok.dep_ == "conj" and tok.head.i != tok.i and is_passive(tok.head) \
            and (tok.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "dobj" for c in tok.children)) \
            and not _after_comma(tok):
        # (a participle is the passive's gapped twin: "were killed or injured[VBN]"; after a comma the
        # verb may well belong higher: "saying Khan had been denied access to his lawyers, and called on")
        # an active verb joined to a passive one shares its subject, not its by-agent ("30 people had
        # been killed by security forces and demanded[→ the people] ..."; "was arrested and demanded
        # a lawyer")
        patients = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
        if patients:
            return patients, False
    if tok.dep_ == "advcl" and tok.tag_ == "VBN" and not subjects \
            and any(c.dep_ == "mark" and c.lower_ in comparative_participle_marks() for c in tok.children):
        # "..., as required[advcl] by the ceasefire": what the ceasefire requires, no act of the clause's subject
        return _by_agent(tok) or [], True
    if depth < 4 and tok.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") and tok.head.i != tok.i:
        # acomp: "X is about / ready / willing to restore ties" → the copula's subject
        return subject(tok.head, depth + 1)
    if tok.dep_ in ("relcl", "acl") and is_infinitive(tok) and tok.head.dep_ == "attr" and depth < 4 \
            and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.head.i != tok.head.i:
        # "Russia became the first country[attr] to recognise[relcl] the Taliban government": the
        # copula's subject
        return subject(tok.head.head, depth + 1)
    if tok.dep_ == "relcl":
        return [antecedent(tok)], False
    if depth < 4 and tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and is_infinitive(tok):
        # "Russia's decision to expel" → Russia; "the EU announced a plan to expel" → the EU
        noun = tok.head
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if owners:
            return owners, False
        if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX") and not _judged_plan(noun):
            return subject(noun.head, depth + 1)
    if tok.dep_ == "ccomp" and tok.tag_ in ("VBD", "VBZ", "VBP") and _reported_relative_gap(tok.head):
        # (h29f) "a wave of strikes that[mark → said] the ministry said[relcl] killed[ccomp] 11 people": the
        # relative pronoun the small parser hung on the reporting verb as a mark is the reported verb's
        # subject, the noun the relative clause is on
        return [antecedent(tok.head)], False
    return [], False


def _judged_plan(noun: Token) -> bool:
    """(h29f) Whether a plan or decision noun is the object of a verb that judges it (modality.yaml
    `judged_plan_verbs`: "calling the decision to halt EU accession talks a betrayal", "condemned the decision to
    expel"): its infinitive is not the judge's act."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in judged_plan_verbs()


@functools.lru_cache(maxsize=1)
def judged_plan_verbs() -> frozenset[str]:
    from .kb import read_yaml

    return frozenset(read_yaml("modality.yaml").get("judged_plan_verbs") or ())


def _reported_relative_gap(relcl: Token, pronoun: Token | None = None) -> bool:
    """(h29f) A relative clause whose own subject reports a clause, with the relative pronoun before that subject
    read as a mark on it ("strikes that[mark] the ministry said[relcl] killed 11 people") or as the reported verb's
    subject (`pronoun`): the pronoun is the gap of the reported clause."""
    if not (relcl.dep_ == "relcl" or relcl.dep_ == "acl" and relcl.tag_ in ("VBD", "VBZ", "VBP")) \
            or relcl.head.pos_ not in ("NOUN", "PROPN"):
        return False  # ((h30e) a finite clause the parser hung on the noun as a modifier is one too: "strikes that[mark]
        # Lebanon's health ministry said[acl] killed 11 people")
    subj = [c for c in relcl.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return False
    if pronoun is not None:
        return relcl.head.i < pronoun.i < subj[0].i
    return any(c.dep_ == "mark" and c.lower_ in ("that", "which") and c.i < subj[0].i for c in relcl.children)


def clause_top(clause: Token, through: tuple[str, ...] = ("conj", "xcomp"), climbs: int = 3) -> Token:
    """The clause `clause` belongs to, climbing at most `climbs` `through` links ("Russia said it
    [would strike and] [hoped to] ..."): the token whose dependency then says what holds it."""
    for _ in range(climbs):
        if clause.dep_ not in through or clause.head.i == clause.i:
            break
        clause = clause.head
    return clause


def reporting_verb(clause: Token, through: tuple[str, ...] = ("conj", "xcomp"), climbs: int = 3) -> Token | None:
    """The verb whose clausal complement holds `clause` ("Russia said [it would attack Ukraine]"
    → said), or None."""
    top = clause_top(clause, through, climbs)
    return top.head if top.dep_ == "ccomp" and top.head.i != top.i else None


@functools.lru_cache(maxsize=1)
def _personal_relatives() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """coref.yaml `personal_relatives`: the relative pronouns only a person takes, the entity labels of the nouns the
    parser wrongly hangs their clause on, and those of the person they stand for."""
    from .kb import read_yaml

    data = read_yaml("coref.yaml").get("personal_relatives") or {}
    return (frozenset(data.get("words") or ()), frozenset(data.get("not_person_entities") or ()),
            frozenset(data.get("person_entities") or ()))


def personal_antecedent(clause: Token) -> Token | None:
    """(h29b) The person a personal relative ("who") set off by a comma stands for when the parser hung its clause on a
    place or a time ("met Prime Minister Giorgia Meloni in Rome[← said], who said ...": Meloni), or on the verb as an
    adverbial clause ("met[← said] ... in Rome, who said"): the nearest person named before it as the object of the
    verb the place's phrase is on (its direct object or a preposition's object: "held talks with Sisi in Cairo on
    Tuesday, who urged"), or as the noun the place's phrase is on; None when the clause is on a noun of no such
    entity (the parser's own reading stands) or no person is found."""
    words, places, people = _personal_relatives()
    rel = next((c for c in clause.children if c.dep_ in SUBJ_DEPS | {"nsubjpass"} and c.lower_ in words), None)
    if rel is None or rel.i == 0 or rel.doc[rel.i - 1].text != "," or rel.i < clause.head.i:
        return None
    head = clause.head
    if clause.dep_ == "relcl":
        if head.ent_type_ not in places:
            return None
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i != head.head.i:
            head = head.head.head  # the place's phrase → what it is on
            if head.ent_type_ in people:
                return head
    elif clause.dep_ != "advcl":
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return head if head.ent_type_ in people else None
    named = [c for c in head.children if c.dep_ in ("dobj", "dative") and c.i < rel.i]
    named += [o for p in head.children if p.dep_ == "prep" and p.i < rel.i for o in p.children if o.dep_ == "pobj"]
    named += [o for n in list(named) for p in n.children if p.dep_ == "prep" and p.i < rel.i
              for o in p.children if o.dep_ == "pobj"]  # "held talks[dobj] with[prep] Sisi"
    found = [t for t in named if t.ent_type_ in people and t.i < rel.i]
    return max(found, key=lambda t: t.i) if found else None


def antecedent(relcl: Token) -> Token:
    """What a relative clause is about: its head, or, after a comma, the first of the coordination
    the head ends ("Brazil and Colombia, which have sought to mediate": Brazil, with Colombia its
    conjunct); (h29b) a "who" clause the parser hung on a place or time is the person's before it
    (`personal_antecedent`)."""
    person = personal_antecedent(relcl)
    if person is not None:
        return person
    head = relcl.head
    if head.dep_ == "conj" and relcl.i > head.i and head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ",":
        return first_conjunct(head)
    return head


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun that is no subject stands for: the object of its clause ("the TTP,
    which[dobj] it blames for a bombing" → the TTP), of a preposition in it ("the group, against
    which[pobj] it launched strikes") or of a complement in it ("the rebels, whom[dobj] it has vowed to
    crush"); else None."""
    if tok.lower_ not in REL_PRONOUNS - {"whose"} or tok.tag_ not in ("WDT", "WP"):
        return None
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # the subject of a clause reported inside a relative clause ("the group, which[nsubj] Burundi says
        # is[ccomp] backed by Rwanda"; "the man who police say[relcl] shot[ccomp] ..."): the noun the
        # relative clause is on (a subject of the relative clause itself is the clause's own business)
        top = clause_top(tok.head, ("conj",), climbs=2)
        if top.dep_ == "ccomp" and top.head.dep_ == "relcl" and any(c.dep_ in SUBJ_DEPS and c.i != tok.i
                                                                   for c in top.head.children):
            return antecedent(top.head)
        return None
    if tok.dep_ not in ("dobj", "pobj", "dative"):
        return None
    clause = tok.head
    for _ in range(4):
        if clause.dep_ == "relcl":
            return antecedent(clause)
        if clause.dep_ not in ("prep", "xcomp", "pcomp") or clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def governing_verb(tok: Token) -> Token:
    """The nearest verb at or above a token (the sentence root when there is none)."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def first_conjunct(tok: Token) -> Token:
    """The first of the coordination a token is in ("the government and [the opposition]" → government)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def conjuncts(tok: Token) -> Iterable[Token]:
    for c in tok.children:
        if c.dep_ == "conj" and not is_gapped_subject(c, sharing=True) and not is_unjoined_conjunct(c):
            yield c
            yield from conjuncts(c)


def is_unjoined_conjunct(tok: Token) -> bool:
    """(h31b) A noun the small parser made a conjunct of a noun before it with nothing joining them, no coordinator
    and no comma between: a misparse, not a coordination ("jailed a Nigerian student for helping young militants
    join[amod] an armed Islamic group[conj → student]": the group was not jailed). A list is always joined ("Russia,
    China and Iran", "Russia, China")."""
    head = tok.head
    if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN") or head.pos_ not in ("NOUN", "PROPN") or head.i >= tok.i:
        return False
    return not any(t.dep_ in ("cc", "punct", "preconj") for t in tok.doc[head.i + 1:tok.i])


def _number(tok: Token) -> bool:
    return tok.tag_ == "CD" or tok.like_num


def is_gapped_subject(tok: Token, *, sharing: bool = False) -> bool:
    """(h23d) A name the small parser joined to a verb's object that is the subject of a second clause whose verb is
    left out (gapping): "Germany pledged 50 million euros and France[conj] 30 million to Sudan", "The U.S. sanctioned
    two Russian banks and the EU[conj] three", "Russia expelled two British diplomats and Belarus[conj] one", "The EU
    imposed sanctions on 20 Iranian officials and Britain[conj] on 15". The name (a proper noun) is a conjunct of the
    active verb's direct object (or of a time phrase after it: "... banks on Monday and the EU three", or of the verb
    itself), or of the object of a preposition the name repeats; the object counts what it is (a number in its phrase),
    and the name is followed at once by the gapped clause's own count. A name joined to the object of another
    preposition is left alone: "pledged 50 million euros to Sudan and Chad 30 million" may give Chad the money.
    With `sharing`, only a clause whose count is of what the verb's object names (not "released 90 Palestinian
    prisoners and Hamas three hostages")."""
    return _gap_verb(tok, sharing) is not None


def _gap_verb(tok: Token, sharing: bool = False) -> Token | None:
    """The verb a gapped clause whose subject is `tok` leaves out (see `is_gapped_subject`), or None."""
    doc = tok.doc
    if tok.dep_ in ("nmod", "compound") and tok.tag_ in ("NNP", "NNPS") and tok.head.dep_ == "conj" \
            and tok.head.pos_ == "NOUN" and tok.i + 1 < tok.head.i and _number(doc[tok.i + 1]) \
            and all(_number(t) or t.dep_ in ("amod", "compound", "nummod") and t.pos_ != "PROPN" for t in doc[tok.i + 1:tok.head.i]):
        # (the name read as a modifier of the gapped clause's counted noun: "pledged 100 million pounds and Norway[nmod]
        # 40 million pounds[conj]", "sanctioned two Russian banks and the EU[nmod] three Russian banks[conj]")
        counted, first = tok.head, first_conjunct(tok.head)
        verb = first if first.pos_ in ("VERB", "AUX") else first.head if first.dep_ == "dobj" else None
        obj = first if first.dep_ == "dobj" else next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None) \
            if verb is not None else None
        if verb is None or obj is None or verb.pos_ not in ("VERB", "AUX") or is_passive(verb) \
                or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) \
                or not any(_number(t) for t in obj.subtree) or sharing and counted.lemma_ != obj.lemma_:
            return None
        return verb
    if tok.dep_ != "conj" or tok.tag_ not in ("NNP", "NNPS") or tok.i + 2 > len(doc):
        return None
    first = first_conjunct(tok)
    after = doc[tok.i + 1]
    # (a preposition the gapped clause repeats: "sanctions on 20 officials and Britain on[→] 15")
    repeated = first.dep_ == "pobj" and after.pos_ == "ADP" and after.lower_ == first.head.lower_
    if repeated:
        if tok.i + 2 >= len(doc):
            return None
        after = doc[tok.i + 2]
    if not _number(after) or after.ent_type_ in ("DATE", "TIME"):
        return None
    end = after.i
    while end + 1 < len(doc) and _number(doc[end + 1]):
        end += 1  # ("30 million")
    verb = first.head
    if first.pos_ in ("VERB", "AUX") and first.i == tok.head.i:
        # (the name joined to the verb itself: "has deployed 10,000 troops and Belarus[conj of deployed] 5,000")
        verb = first
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
    elif repeated:
        obj, verb = first, first.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # ("imposed sanctions[dobj] on 20 officials")
    elif first.dep_ == "pobj" and first.ent_type_ in ("DATE", "TIME") and first.head.dep_ == "prep":
        verb = first.head.head
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < first.i), None)
    elif first.dep_ == "dobj":
        obj = first
    else:
        return None
    if obj is None or verb.pos_ not in ("VERB", "AUX") or is_passive(verb) \
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    if sharing and end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[end + 1].lemma_ != obj.lemma_:
        return None
    own = {t.i for t in tok.subtree}
    if not any(_number(t) and t.i not in own and t.ent_type_ not in ("DATE", "TIME") for t in obj.subtree if t.i < tok.i):
        return None
    return verb


def gapped_subjects(verb: Token) -> list[Token]:
    """(h23d) The subjects of the gapped clauses joined to a verb's object ("Germany pledged 50 million euros and
    France 30 million": France), which do what the verb says to what its other arguments name; not one whose clause
    counts something else ("released 90 Palestinian prisoners and Hamas three hostages": whose hostages is not said)."""
    out = []
    for t in verb.subtree:
        if t.dep_ in ("conj", "nmod", "compound") and t.i > verb.i and t.tag_ in ("NNP", "NNPS"):
            gap = _gap_verb(t, sharing=True)
            if gap is not None and gap.i == verb.i:
                out.append(t)
    return out


def shared_object(verb: Token) -> Token | None:
    """(h23d) The object a verb shares with the clause joined after it (right node raising): "Britain condemned[verb]
    and France criticised Iran's attack", "The United States condemned, and Britain denounced, the launch": the verb
    has a subject and nothing after it but the conjunction, and the next verb, with a subject of its own, has the
    object. None otherwise."""
    if verb.pos_ != "VERB" or is_passive(verb) or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if any(c.i > verb.i and c.dep_ not in ("cc", "conj", "punct") for c in verb.children):
        return None
    nxt = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if nxt is None:
        return None
    subj = next((c for c in nxt.children if c.dep_ == "nsubj" and c.i < nxt.i), None)
    obj = next((c for c in nxt.children if c.dep_ == "dobj" and c.i > nxt.i), None)
    if subj is None or obj is None or not any(c.dep_ == "cc" for c in verb.children) \
            or not all(t.dep_ in ("cc", "punct") for t in verb.doc[verb.i + 1:subj.left_edge.i]):
        return None
    if any(c.dep_ in ("prep", "ccomp", "xcomp", "dative") for c in nxt.children if nxt.i < c.i < obj.i):
        return None
    return obj


def coordinated(tok: Token) -> Iterable[Token]:
    """Conjuncts, and the list spaCy misparses as an apposition with conjuncts ("The US, Russia,
    and Switzerland met": Russia is an appos of US, Switzerland a conj of Russia)."""
    yield from conjuncts(tok)
    for c in tok.children:
        if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children):
            yield c
            yield from conjuncts(c)


def particle_preps(tok: Token) -> list[Token]:
    """(h25a) Prepositions the small parser hangs on a verb's particle, or on an adverb right after it, which are the
    verb's ("stayed away[advmod] from[→ away] the summit")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    return [g for c in tok.children if c.dep_ == "prt" or c.dep_ == "advmod" and c.i == tok.i + 1
            for g in c.children if g.dep_ == "prep"]


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """Objects of the preposition `prep` on `tok`; of a two-word preposition too, whose object
    hangs on its second word ("pulled out of Kherson": out → of → Kherson); of one hung on the verb's particle
    (`particle_preps`)."""
    out = []
    for c in [*tok.children, *particle_preps(tok)]:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if not objs:
                objs = [h for g in c.children if g.dep_ == "prep" for h in g.children if h.dep_ in ("pobj", "pcomp")]
            out += objs
        elif c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children):
            # a preposition the small parser hung on another one that has its own object: the
            # verb's ("fired rockets from Lebanon at[→from] Israel")
            out += [h for g in c.children if g.dep_ == "prep" and g.lower_ == prep
                    for h in g.children if h.dep_ in ("pobj", "pcomp")]
    if out:
        # the preposition repeated after "and" ("sanctions on the ministry and on the former president"), which the
        # small parser makes a conjunct of the first one or of the verb the phrase is on
        firsts = [o.head for o in out]
        again = [g for f in firsts for g in f.children if g.dep_ == "conj" and g.lower_ == prep and g.pos_ == "ADP"]
        if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):
            again += [g for g in tok.head.children if g.dep_ == "conj" and g.lower_ == prep and g.pos_ == "ADP"
                      and g.i > tok.i]
            # (p23) ... or a preposition of its own on the verb right after a comma ("held talks with Modi, with[→held]
            # Sharif and with Pakistan's army chief"), and that one's conjuncts
            doc = tok.doc
            listed = [g for g in tok.head.children if g.dep_ == "prep" and g.lower_ == prep and g.i > tok.right_edge.i
                      and g.i > 0 and doc[g.i - 1].text == "," and doc[g.i - 1].i > max(o.i for o in out)]
            again += listed + [c for g in listed for c in g.children
                               if c.dep_ == "conj" and c.lower_ == prep and c.pos_ == "ADP"]
        out += [h for g in again for h in g.children if h.dep_ == "pobj" and h not in out]
    return out


def participle_agents(noun: Token) -> list[Token]:
    """The by-agents of the participles on a noun ("the elephants sent by Myanmar", "a communique issued
    by the AU")."""
    return [g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def content_clause(tok: Token) -> bool:
    """A clause on a noun that says what the noun holds ("reports that officers had fired"): an acl, or a
    relative clause whose "that" is a mark (not its subject or object) as the small parser reads it."""
    return tok.dep_ == "acl" or tok.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def finite_after_infinitive(tok: Token) -> bool:
    """A finite verb the parser joined to an infinitive, which is the infinitive's governor's
    conjunct ("vowed to eliminate the group and thanked[VBD] the United States")."""
    return tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ") and tok.head.tag_ == "VB"


def claimed_copula(verb: Token, pronouns: frozenset[str]) -> Token | None:
    """(h29g) The copula of a free relative of a claim under a claim verb (modality.yaml
    `claim_free_relative_verbs`): "what[nsubj] it said were[ccomp] nine sites[attr]" → were (the pronoun
    the copula's subject or, as the parser also reads it, the claim verb's object); else None."""
    object_read = any(g.dep_ == "dobj" and g.lower_ in pronouns and g.i < verb.i for g in verb.children)

    def fits(cop: Token) -> bool:
        if object_read:  # the pronoun is the claim verb's: the copula has no subject of its own
            return not any(g.dep_ in ("nsubj", "nsubjpass") for g in cop.children)
        return any(g.dep_ == "nsubj" and g.lower_ in pronouns and g.i < verb.i for g in cop.children)

    return next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be" and c.i > verb.i
                 and fits(c)), None)
