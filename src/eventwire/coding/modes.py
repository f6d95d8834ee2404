"""How an event is meant: its mode (happened, planned, denied, hypothetical), read from the clause its
trigger is in — conditions, negation, plans, refusals, background, tallies and polls (word lists in
``data/modality.yaml``). A mixin of the event coder (`EventCoder`), which provides ``self.mod`` (the
modality vocabulary) and the argument helpers these readers call."""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Iterable

from spacy.tokens import Token

from ..model import Actor
from .dates import load_vocabulary, resolve_date
from .kb import read_yaml
from .syntax import REL_PRONOUNS, content_clause, finite_after_infinitive, gerund_governor, held_noun, is_infinitive, reporting_verb

if TYPE_CHECKING:
    from .events import _Frame

MODES = frozenset({"happened", "planned", "hypothetical", "denied"})


@functools.lru_cache(maxsize=1)
def modality_vocab() -> dict:
    return {k: (set(v) if isinstance(v, list) else v) for k, v in read_yaml("modality.yaml").items()}


class ModeReader:
    """The mode readers of `EventCoder` (see the module docstring)."""

    def _condition(self, tok: Token) -> str | None:
        """The conditional mark ("if", "unless" ...) on this clause or the clause it depends on."""
        marks = self.mod["conditional_marks"]
        clause = tok
        if self._inverted_condition(tok) or (tok.dep_ in ("advcl", "xcomp", "ccomp") and self._inverted_condition(tok.head)):
            return "if"  # "Should Israel attack[advcl] Iran, ...", "Were Ukraine to strike[→ Were] Moscow, ..."
        for _ in range(3):
            for c in clause.children:
                if c.dep_ == "mark" and c.lower_ in marks:
                    return c.lower_
                if c.dep_ in ("advcl", "ccomp") and self._inverted_condition(c):
                    return "if"
                if c.dep_ == "advcl":
                    for g in c.children:
                        if g.dep_ == "mark" and g.lower_ in marks:
                            # "if X does not ..." is "unless X does ..." (modality.yaml negated_marks)
                            if any(n.dep_ == "neg" for n in c.children):
                                return self.mod.get("negated_marks", {}).get(g.lower_, g.lower_)
                            return g.lower_
            if clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i:
                break
            clause = clause.head
        return None

    def _inverted_condition(self, clause: Token) -> bool:
        """Whether an adverbial clause is a condition told by inversion, with no "if": it opens with one of
        modality.yaml `inverted_conditional_auxiliaries` before its subject ("Should the separatists provoke us,
        ...", "Were Ukraine to strike Moscow, ..."); not "had" ("Had NATO not intervened" tells what was done)."""
        if clause.dep_ not in ("advcl", "ccomp") or any(c.dep_ == "mark" for c in clause.children):
            return False
        if clause.dep_ == "ccomp":
            # (the small parser may read the clause as a complement of the verb after it: "Should Serbia refuse[ccomp],
            # the EU will impose ..."): only one set off before it by a comma
            after = clause.right_edge.i + 1
            if clause.i > clause.head.i or after >= len(clause.doc) or clause.doc[after].text != ",":
                return False
        words = self.mod.get("inverted_conditional_auxiliaries", ())
        first = clause.left_edge
        while first.is_punct and first.i < clause.i:
            first = first.nbor(1)
        # (the small parser reads the subject after an inverted "were" as its attribute: "Were Ukraine[attr] to strike")
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "attr")), None)
        return first.lower_ in words and subj is not None and first.i < subj.i \
            and (first.i == clause.i or first.head.i == clause.i)

    def _denied_content(self, clause: Token) -> bool:
        """Whether `clause` is what a denial denies: the complement of a denial verb ("denied that Iran
        planned ...") or the content clause of an allegation noun it denies ("denied reports that it had agreed
        ...": modality.yaml `denial_verbs`, `allegation_nouns`)."""
        mod = self.mod
        head = clause.head
        if head.i == clause.i:
            return False
        if clause.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in mod["denial_verbs"]:
            return True
        return content_clause(clause) and head.lemma_.lower() in mod.get("allegation_nouns", ()) \
            and head.dep_ == "dobj" and head.head.lemma_.lower() in mod["denial_verbs"]

    def _predicted(self, tok: Token) -> bool:
        """(h31e) Whether the act at `tok` is told in a prediction (modality.yaml `prediction_verbs`): the clausal
        complement, with a subject of its own, of a verb of predicting, or an open complement or conjunct inside it
        ("predicted that Greenlanders would use their right to self-determination to seek[xcomp] independence"): an
        opinion about the future (ANNOTATION.md), no one's plan nor a deed."""
        verbs = self.mod.get("prediction_verbs", ())
        t = tok
        for _ in range(4):
            if t.dep_ == "ccomp" and t.head.i != t.i:
                return t.head.lemma_.lower() in verbs and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            if t.dep_ not in ("xcomp", "conj", "advcl") or t.head.i == t.i:
                return False
            t = t.head
        return False

    def _mode(self, tok: Token, code: str = "") -> str:
        """happened | planned | denied | hypothetical for the act at `tok`; "threat" when the act is
        a future one under an "unless" condition that modality.yaml's conditional_threats recodes."""
        mod = self.mod
        aux_deps = ("aux", "auxpass", "neg", "advmod")
        auxes = [c for c in tok.children if c.dep_ in aux_deps]
        if tok.dep_ == "acomp":  # an adjective trigger: the copula carries them ("is not willing to")
            auxes += [c for c in tok.head.children if c.dep_ in aux_deps
                      # (but a readiness stated is stated now: "would be willing / open to" is said, not planned;
                      # modality.yaml `openness_words`)
                      and not (tok.lemma_.lower() in mod.get("openness_words", ()) and c.dep_ == "aux"
                               and c.lower_ in mod["future_auxiliaries"])]
        # hypothetical: a condition on this clause or the clause it depends on. Not for a threat:
        # its condition is what the threat says ("threatened to strike if Israel ...") and the
        # threat itself was made. "X will withdraw unless Y ..." is a threat by CAMEO's own
        # definition (13x): the future act is the threatened one.
        cond = self._condition(tok)
        if cond is not None and not code.startswith("13"):
            if (cond in mod.get("threat_marks", ()) and self._threat_code(code)
                    and any(c.dep_ == "aux" and c.lower_ in mod["threat_auxiliaries"] for c in auxes)):
                return "threat"
            return "hypothetical"
        if self._predicted(tok):
            return "hypothetical"
        # what someone is accused of, however deep ("accused Croatia of trying to overthrow the
        # government"): the allegation's content, not an act that happened
        for t, a in zip([tok, *tok.ancestors], list(tok.ancestors)[:5]):
            if t.dep_ == "advcl" and t.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                    and any(c.dep_ == "mark" and c.lower_ in mod["pending_marks"] for c in t.children):
                break  # ... but not a finite time clause of its own: "accused the US of preparing an invasion
                # after the US Navy deployed more warships" (the deployment is a fact)
            if t.dep_ == "relcl" and (t.tag_ in ("VBD", "VBZ", "VBP") or any(
                    c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in t.children)
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in REL_PRONOUNS for c in t.children)):
                break  # ... nor a relative clause telling who a noun is: "accused Rwanda of commanding the
                # M23, which seized Goma in January" (the writer's fact, not the charge), nor one with a subject
                # of its own: "..., a charge the Nigerian military has rejected"
            if a.dep_ in ("pcomp", "pobj") and a.head.lower_ in mod["charge_prepositions"] \
                    and a.head.head.lemma_.lower() in mod["charge_verbs"]:
                # (also a gerund the parser read as a noun: "accused X of firing[pobj] on homes, killing a guard")
                return "hypothetical"
        if tok.dep_ == "advcl" and tok.head.lemma_.lower() in mod["charge_verbs"] \
                and is_infinitive(tok):
            return "hypothetical"  # "accused the opposition of planning[pobj] to overthrow[advcl] the government"
        among = self._inclusion_copula(tok)
        if among is not None:
            return self._mode(among, code)  # "X were among those detained": what the copula's clause says of X
        statement = self._statement(tok)
        if self._governed_by(tok, "cancelling_verbs") or (
                statement is not None and statement.head.lemma_.lower() in mod["cancelling_verbs"]):
            # a nominal act that was blocked did not take place (the blocking is an event of its
            # own): "Hungary blocked a new package of EU sanctions"
            return "denied"
        if self._negated(auxes):
            return "denied"
        nouns = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if any(c.dep_ == "det" and c.lower_ in mod["negating_determiners"]
               or c.dep_ in ("preconj", "det") and c.lower_ in mod["negating_preconjunctions"] for n in nouns for c in n.children):
            return "denied"  # an act noun that is none, or an object that is none: "No agreement was reached",
            # "reached no agreement", "sent no troops", (p26) "invited neither the government nor the RSF"
        # a subject that negates the act: "Neither Galadriel nor Gollum boycotted the parade"
        if any(g.i < c.i and (g.lower_ in mod["negating_preconjunctions"]  # (preconj, or det as the parser reads it)
                              or g.dep_ == "det" and g.lower_ in mod["negating_determiners"])  # "no civilians were injured"
               for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return "denied"
        head = tok.head
        if tok.dep_ in ("xcomp", "ccomp", "pcomp") and head.lemma_.lower() in mod["denial_verbs"]:
            return "denied"
        if tok.dep_ in ("xcomp", "ccomp", "pcomp") and any(
                f"{head.lemma_.lower()}>{c.lower_}" in mod.get("particle_denial_verbs", ()) for c in head.children
                if c.dep_ == "prt"):
            # "ruled out withdrawing from Goma" (modality.yaml particle_denial_verbs); not ruled out, it stays
            # possible: "did not rule out expelling the ambassador"
            return "hypothetical" if self._negated(c for c in head.children if c.dep_ in ("neg", "aux", "advmod")) \
                else "denied"
        if tok.dep_ == "xcomp" and any(f"{head.lemma_.lower()}>{c.lower_}" in mod.get("adverb_denial_verbs", ())
                                       for c in head.children if c.dep_ == "advmod"):
            return "denied"  # "has yet to expel the ambassador": not done (modality.yaml adverb_denial_verbs)
        if tok.dep_ in ("xcomp", "dobj") and tok.tag_ == "VBG" and (
                head.lemma_.lower() in mod["cessation_verbs"] or head.lemma_.lower() in mod.get("avoidance_verbs", ())):
            # (unless the ceasing is itself only asked for or threatened: "urged Israel to stop attacking
            # Gaza" neither reports nor denies an attack)
            return "hypothetical" if self._mode(head) == "hypothetical" else "denied"
        if tok.dep_ == "pcomp" and head.head.lemma_.lower() in mod["denial_verbs"]:
            return "denied"
        if content_clause(tok) and head.lemma_.lower() in mod.get("allegation_nouns", ()) and \
                head.dep_ == "dobj" and head.head.lemma_.lower() in mod["denial_verbs"]:
            return "denied"  # "denied accusations that it had supplied drones": the supply is denied (also a
            # "that" clause read as a relative one: "denied reports on social media that officers had fired[relcl]")
        if any(c.lower_ in mod["hypothetical_auxiliaries"] for c in auxes if c.dep_ == "aux"):
            return "hypothetical"
        alleging = mod.get("alleging_verbs", ())
        for t in [tok, *list(tok.ancestors)[:3]]:
            if t.dep_ == "ccomp" and t.head.i != t.i and t.head.lemma_.lower() in alleging:
                return "hypothetical"  # (h24h) "Investigators allege that people close to officials demanded kickbacks":
                # only alleged (modality.yaml alleging_verbs)
            if t.dep_ not in ("xcomp", "conj", "ccomp", "advcl"):
                break
        if tok.dep_ in ("advcl", "xcomp", "ccomp") and is_infinitive(tok) and head.pos_ == "ADJ" \
                and head.lemma_.lower() in mod.get("ease_adjectives", ()):
            return "hypothetical"  # (h24h) "that'll make it easier to annex us", "it is hard to attack Kyiv": what an
            # act would be easy or hard to do is only supposed (modality.yaml ease_adjectives)
        if tok.tag_ == "VBN" and any(c.lower_ in mod.get("counterfactual_auxiliaries", ()) for c in auxes if c.dep_ == "aux") \
                and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in auxes):
            return "hypothetical"  # "would have attacked Kyiv had NATO not intervened": what did not happen
        if tok.pos_ == "NOUN" and tok.dep_ in mod.get("hypothetical_subject_deps", ()) and head.i != tok.i \
                and any(c.dep_ == "det" and c.lower_ in mod["hypothetical_subject_determiners"] for c in tok.children) \
                and any(c.dep_ == "aux" and c.lower_ in mod["hypothetical_subject_auxiliaries"] for c in head.children):
            return "hypothetical"  # "a Chinese attack on Taiwan could constitute a threat": only supposed
        if tok.dep_ == "xcomp" and head.lemma_.lower() in mod["hypothetical_verbs"] and code[:2] in mod.get("rallying_roots", ()) \
                and any(o.lemma_.lower() in mod.get("follower_heads", ()) for c in head.children
                        for o in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [])):
            # "Hezbollah called on its supporters to rally on Sunday": a protest its organisers call their own
            # followers to is planned, as "called for protests on Thursday" is (modality.yaml rallying_roots)
            return "planned" if self._mode(head) == "happened" else self._mode(head)
        # ... or on a verb or adjective governing this one ("must be ready to mediate", "could
        # agree to withdraw"): the complement is no more than its governor
        t = tok
        for _ in range(4):
            if t.dep_ not in ("xcomp", "acomp") or t.head.i == t.i:
                break
            t = t.head
            if any(c.dep_ == "aux" and c.lower_ in mod["hypothetical_auxiliaries"] for c in t.children):
                return "hypothetical"
            if t.lemma_.lower() in mod["hypothetical_verbs"] and t.lemma_.lower() not in mod.get("threat_verbs", ()) \
                    and (t.i != tok.head.i or tok.dep_ == "xcomp"):
                # "wants to help broker talks": the wish reaches the brokering; "would invite Xi and Modi to
                # discuss": a future appeal's complement is no plan of theirs
                return "hypothetical"
            if t.dep_ in ("xcomp", "ccomp") and t.head.i != t.i and is_infinitive(t) \
                    and t.head.lemma_.lower() in mod.get("permission_verbs", ()):
                return "hypothetical"  # "did not allow its territory to be used to evade sanctions": permitted
                # (or not), not done
            if self._denied_content(t):
                return "denied"  # "denied reports that it had agreed to sell[xcomp] uranium to Russia", "that its
                # forces had used drones to shell[xcomp] the district": the open complement of what is denied
            if any(c.dep_ == "aux" and c.lower_ in mod["future_auxiliaries"] for c in t.children) \
                    and not any(c.dep_ == "neg" for c in t.children) \
                    and not (t.i == tok.head.i and tok.dep_ == "acomp" and tok.lemma_.lower() in mod.get("openness_words", ())):
                return "planned"  # "Tokyo would continue to cooperate with Seoul"
            if t.lemma_.lower() in mod["hesitation_verbs"] and self._negated(t.children):
                # "I won't hesitate to call him", "did not hesitate to strike": the negated hesitation does the act
                return "planned" if any(c.dep_ == "aux" and c.lower_ in mod["future_auxiliaries"] for c in t.children) \
                    else "happened"
            if t.lemma_.lower() in mod.get("unasserting_verbs", ()) and self._negated(
                    c for c in t.children if c.dep_ in ("neg", "aux", "advmod")):
                return "hypothetical"  # "has not confirmed carrying out the strikes": not confirming is not
                # denying; the act is neither told as done nor as denied (modality.yaml unasserting_verbs)
            if t.lemma_.lower() not in mod["denial_verbs"] and any(
                    c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in mod["negation_words"]) for c in t.children):
                # "is not willing to withdraw": the withdrawal is not announced; unless the negated verb is
                # itself only asked for ("urged the authorities not to use the incident to crack down")
                up = t
                while up.dep_ in ("xcomp", "ccomp") and up.head.i != up.i:
                    up = up.head
                    if up.lemma_.lower() in mod["hypothetical_verbs"]:
                        return "hypothetical"
                return "denied"
        # the complement of a threat, warning or appeal has not happened: "threatened to impose
        # sanctions", "urged Russia to withdraw", "wants to attack"; nor has a second complement
        # joined to it ("urged Maduro to release prisoners and to hold talks"), nor a second
        # infinitive on a noun ("the ability to blockade ports and strike targets")
        to_noun = head.dep_ == "acl" and is_infinitive(head)
        # ... nor a second infinitive joined to an infinitive complement with its own subject ("expected Israel to
        # withdraw its troops and to halt[conj] its strikes": the halt is expected too)
        to_clause = head.dep_ == "ccomp" and is_infinitive(head) and is_infinitive(tok)
        # ... nor a second verb of a demanded or feared clause sharing its subject ("demanded that Beijing investigate
        # the attack and stop[conj] violating ...": the stopping is demanded too)
        wished_clause = head.dep_ == "ccomp" and head.head.i != head.i and head.head.lemma_.lower() in mod["hypothetical_verbs"]
        # ... nor a second verb of an appeal's "for" clause ("called for Hamas to disarm[advcl] and leave[conj] Gaza")
        for_clause = head.dep_ == "advcl" and is_infinitive(head) \
            and any(c.dep_ == "mark" and c.lower_ in mod["complement_marks"] for c in head.children)
        if tok.dep_ == "conj" and (head.dep_ == "xcomp" or to_noun or to_clause or wished_clause or for_clause) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
                and not finite_after_infinitive(tok):  # (the thanks happened)
            tok, head = head, head.head
        if tok.dep_ == "ccomp" and head.dep_ == "xcomp" and head.head.i != head.i \
                and head.head.lemma_.lower() in mod["denial_verbs"]:
            return "hypothetical"  # "declined to confirm that France had helped Rajoelina leave": not asserted
        if tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in mod.get("permission_verbs", ()):
            return "hypothetical"  # "allows the armed forces to carry out raids": permitted, not done
        if tok.dep_ == "ccomp" and head.lemma_.lower() in mod.get("hoping_verbs", ()) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return "hypothetical"  # "said it hoped Britain would lift the restrictions": a hope, no one's plan
        if tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in mod["hypothetical_verbs"]:
            # ... except the complement of a threat, which is what was threatened: "threatened to
            # impose a curfew in Algiers" is the threat of a curfew (13x by conditional_threats)
            if tok.dep_ == "xcomp" and head.lemma_.lower() in mod.get("threat_verbs", ()) and self._threat_code(code):
                return "threat"
            return "hypothetical"
        if tok.dep_ == "advcl" and head.lemma_.lower() in mod["hypothetical_verbs"] and is_infinitive(tok) \
                and any(c.dep_ == "mark" and c.lower_ in mod["complement_marks"] for c in tok.children):
            # (h21e) a "for" clause of an appeal is what was asked, not done: "called for the United States to
            # lift[advcl] sanctions" (as "urged the United States to lift[xcomp] sanctions")
            return "hypothetical"
        verb = gerund_governor(tok)
        if verb is not None:
            # a gerund after a verb's preposition is no more than that verb: "insisted on meeting",
            # "called for holding" have not happened; "resorted to throwing stones" has
            gov = verb.lemma_.lower()
            if gov in mod["hypothetical_verbs"] or gov in mod["pursuit_verbs"] or gov in mod["charge_verbs"]:
                return "hypothetical"  # ... and "jailed a student for helping militants" is a charge
            governed = self._mode(verb)
            if (gov in mod["preventing_verbs"] or gov in mod.get("avoidance_verbs", ())) and tok.head.lower_ == "from":
                # "banned him from travelling to the bloc": no visit; but what one only would or threatened to
                # block ("said it would block Ethiopian troops from joining the mission") is neither done nor denied
                return "denied" if governed == "happened" else "hypothetical"
            if governed != "happened":
                return governed
        # ... or of a demand or appeal the governing verb makes ("reiterated its demand that Israel
        # ease ...", "the call for Russia to withdraw")
        nouns = mod.get("hypothetical_nouns", ())
        if tok.dep_ == "ccomp" and any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in head.children):
            return "hypothetical"
        if tok.dep_ in ("acl", "ccomp") and head.lemma_.lower() in nouns:
            return "hypothetical"
        if any(c.lower_ in mod["future_auxiliaries"] for c in auxes if c.dep_ == "aux"):
            return "planned"
        if tok.pos_ == "NOUN" and tok.dep_ in ("attr", "nsubj") and head.lemma_ == "be" \
                and any(c.dep_ == "aux" and c.lower_ in mod["future_auxiliaries"] for c in head.children):
            return "planned"  # an act named by a noun in a future copula ("It will be Modi's first visit")
        infinitive = is_infinitive(tok)
        # "a request to help Syria", "an attempt to invade", "no intention of invading[pcomp]": the noun
        # says whether it happened
        held = held_noun(tok)
        if held is not None:
            noun = held.lemma_.lower()
            if noun in mod.get("unrealised_nouns", ()):
                return "hypothetical"
            if noun in mod["planning_nouns"]:
                if any(c.dep_ == "det" and c.lower_ in mod["negation_words"] for c in held.children) \
                        or held.head.lemma_.lower() in mod["denial_verbs"]:
                    return "denied"  # "had no plans to meet Zelensky", "denied any plan to attack Eritrea"
                return "planned"
        if tok.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in mod.get("expectation_verbs", ()) \
                and (any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or any(c.dep_ == "dobj" for c in head.children)):
            return "hypothetical"  # "expected the rebels to withdraw": another's act expected, not done
        if infinitive and tok.dep_ in ("advcl", "acl", "xcomp"):
            # the purpose of a negated act did not happen either ("would not give permission to
            # Russia to help Israel")
            gov = tok.head.head if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" else tok.head
            if self._negated(c for c in gov.children if c.dep_ in ("neg", "aux", "advmod")):
                return "hypothetical"
            if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.dep_ == "dobj" and gov.i != tok.i \
                    and gov.lemma_.lower() in mod.get("permission_verbs", ()):
                return "hypothetical"  # "authorized a new force to fight the gangs": what the force may do
            if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.dep_ == "dobj" and gov.i != tok.i \
                    and gov.pos_ in ("VERB", "AUX"):
                # ... and so is the infinitive of a planned act's object ("would take measures to
                # sanction Russian banks")
                governed = self._mode(gov)
                if governed in ("planned", "hypothetical"):
                    return governed
            if tok.dep_ == "advcl" and gov.i != tok.i and gov.lemma_.lower() in mod.get("permission_verbs", ()):
                return "hypothetical"  # (the same read as the verb's purpose)
            if tok.dep_ == "advcl" and gov.i != tok.i:
                # ... and the purpose of a planned act is planned ("will send police to Haiti to
                # fight gangs")
                governed = self._mode(gov)
                if governed != "happened":
                    return governed
                if code[:2] in mod["purpose_intended_roots"]:
                    # ... and force an act done is for is intended, not reported ("approved the creation of
                    # a new force to fight[advcl] Haiti's gangs", "sent a contingent to fight the gangs")
                    return "planned"
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ == "NOUN" and tok.head.dep_ == "dobj" \
                and tok.head.lemma_.lower() in mod.get("document_heads", ()) and tok.head.head.pos_ in ("VERB", "AUX"):
            # (h23f) what a document says is said only when the document is: "refused to sign the joint statement
            # condemning Russia" condemns no one (denied), "will issue a statement condemning" is planned
            governed = self._mode(tok.head.head)
            if governed != "happened":
                return governed
        if tok.pos_ == "NOUN" and self._scheduled_noun(tok):
            return "planned"  # (h23a) "talks scheduled for next week", "the summit, set for Friday": not held yet
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj") and not (
                tok.dep_ == "pobj" and tok.head.lower_ in mod.get("prior_prepositions", ())):
            # (an act after which another is done or planned was done: "would tighten border controls after a
            # telephone call with Noboa")
            # a nominal act is what the verb it is the object of makes of it: "urged talks", "called
            # for talks" have not happened, "will hold talks" are planned
            gov = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") else tok.head
            if gov.pos_ == "NOUN" and gov.lemma_.lower() in self.containers and gov.dep_ in ("dobj", "pobj"):
                # ... through a container ("will host a new round of talks")
                gov = gov.head.head if gov.dep_ == "pobj" and gov.head.dep_ == "prep" else gov.head
            if gov.pos_ in ("VERB", "AUX") and gov.i != tok.i:
                setting = tok.dep_ == "pobj" and tok.head.lower_ in mod.get("setting_prepositions", ()) \
                    and tok.head.head.i == gov.i
                if gov.lemma_.lower() in mod["hypothetical_verbs"] and not setting:
                    # (h23d: not the act in which the appeal was made: "In a phone call with Putin, Erdogan urged a
                    # ceasefire": the call took place; modality.yaml `setting_prepositions`)
                    return "hypothetical"
                if tok.dep_ == "pobj" and tok.head.lower_ in mod.get("planned_object_prepositions", ()) \
                        and gov.lemma_.lower() in mod["planning_verbs"] and self._mode(gov) == "happened":
                    return "planned"  # (h23f) "agreed to talks", "is set to[prep] host talks[pobj]" (the parser's
                    # reading of an infinitive): an act one is committed or set to is to come
                if tok.dep_ == "dobj" and gov.lemma_.lower() in mod["nominal_denial_verbs"]:
                    return "denied"  # an act denied did not happen: "Kigali denied its support for the rebels"
                governed = self._mode(gov)
                if governed in ("hypothetical", "planned") or (governed == "denied" and tok.dep_ == "pobj"):
                    return governed  # ("no civilians were injured in the strikes": the strikes injured no one)
        # a time clause in the present tense, or on an act that has not happened, has not happened
        # either ("have sworn to fight until they gain control", "will respond when Israel attacks";
        # `pending_marks`; before the plans above it: "plans to attack Israel
        # when Israel attacks[advcl] Lebanon" plans no Israeli attack)
        if tok.dep_ == "advcl" and tok.head.i != tok.i \
                and any(c.dep_ in ("mark", "advmod") and c.lower_ in mod["pending_marks"] for c in tok.children) \
                and (tok.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
                     or tok.tag_ != "VBD" and self._mode(tok.head) != "happened"):
            return "hypothetical"  # (a past one is a fact: "... after the US Navy deployed warships")
        t = tok
        for _ in range(3):
            if t.dep_ == "xcomp" and t.head.lemma_.lower() in mod.get("arranged_copulas", ()) and is_infinitive(t) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children):
                return "planned"  # "Israeli troops are to withdraw within 60 days": arranged, not done
            if t.dep_ in ("xcomp",) and t.head.lemma_.lower() in mod["planning_verbs"]:
                plan = t.head
                if self._denied_content(plan):
                    return "denied"  # "denied that Iran planned to withdraw from the NPT"
                return "planned"
            if t.dep_ == "pobj" and t.head.head.lemma_.lower() in mod["planning_nouns"]:
                return "planned"
            if t.head.i == t.i or finite_after_infinitive(t):
                break  # not planned with the infinitive it was joined to
            if t.dep_ in ("advcl", "relcl") and t.tag_ == "VBD" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                break  # (s24) nor a past clause with a subject of its own: "agreed to resume cooperation ..., when
                # Macron recognised[advcl] Morocco's sovereignty" (the recognition is the writer's fact)
            t = self._participle_governor(t) or t.head
        return "happened"

    def _futurate(self, tok: Token, published) -> bool:
        """(h23f) Whether `tok` is a present progressive of an arrangement ("Starmer is hosting European leaders in
        London on Sunday", "are marching on parliament next week"): a progressive in the present tense
        (modality.yaml `futurate_auxiliaries`), not negated, with a time phrase of its own that lies after the
        publication date. What goes on today ("is holding talks today") is happening."""
        if published is None or tok.tag_ != "VBG" or not any(
                c.dep_ == "aux" and c.lower_ in self.mod.get("futurate_auxiliaries", ()) for c in tok.children) \
                or self._negated(c for c in tok.children if c.dep_ in ("neg", "aux", "advmod")):
            return False
        for c in tok.children:
            phrase = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c] if c.dep_ == "npadvmod" else []
            for p in phrase:
                if p.ent_type_ != "DATE":
                    continue
                text = " ".join(t.text for t in c.subtree)
                r = resolve_date(text, published, direction="future")
                if r.value is not None and r.value > published.isoformat()[:len(r.value)]:
                    return True
                period = (load_vocabulary().get("relative_periods") or {}).get(text.lower())
                if period and int(period.get("offset", 0)) > 0:
                    return True  # "next week", "next month": after publication, whatever month holds it
        return False

    @staticmethod
    def _participle_governor(t: Token) -> Token | None:
        """The verb whose subject does the act of a participle set off by a comma that the parser hung on an
        infinitive of object control ("ordered the ambassador to leave[xcomp] within 72 hours, accusing[advcl]
        Paris of meddling": the accuser is who ordered, not the ambassador); None for any other word."""
        xcomp = t.head
        if t.dep_ != "advcl" or t.tag_ != "VBG" or xcomp.dep_ != "xcomp" or xcomp.i > t.i or t.i == 0 \
                or t.nbor(-1).text != "," or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children):
            return None
        gov = xcomp.head
        return gov if any(c.dep_ == "dobj" for c in gov.children) else None

    def _background(self, tok: Token, code: str = "") -> bool:
        """The trigger sits in a clause dated by a span of years or months before or after another
        ("... almost five years after crowds trashed its embassy"): history, not the news. Also a
        description, not an act: a tally of harm over a span or a war (`_tally`), what polls show
        (`_surveyed`), a state told in an absolute participle ("many of them wounded")."""
        mod = self.mod
        if self._tally(tok, code) or self._surveyed(tok) or self._absolute_state(tok) or self._standing_relative(tok, code):
            return True
        # ... or told as the past itself: "Oman has mediated between Tehran and Washington in the past"
        if any(c.dep_ == "prep" and g.dep_ == "pobj" and f"{c.lower_} {g.lower_}" in mod["background_phrases"]
               for c in tok.children for g in c.children):
            return True
        if self._long_running(tok, code):
            return True
        clause = tok
        for _ in range(3):
            if clause.dep_ == "advcl":
                break
            if clause.dep_ not in ("conj", "xcomp") or clause.head.i == clause.i:
                return False
            clause = clause.head
        else:
            return False
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in mod.get("background_marks", ()) for c in clause.children):
            return False
        return any(c.dep_ == "npadvmod" and c.lemma_.lower() in mod.get("background_units", ()) for c in clause.children)

    def _long_running(self, tok: Token, code: str = "") -> bool:
        """An act told as going on over a long span, not as news (modality.yaml `long_running`): a perfect verb
        with a "since" phrase or clause reaching back to a year, a month or an act of history ("Russia has occupied
        a fifth of Ukraine since the invasion", "have been detained since 2022"; not "since Friday"), or with "for"
        and a span of months or years ("Israel has for years carried out strikes", "have shelled Kharkiv for two
        years"; a counted span on a penalty is its term: "has jailed the activist for five years"); any verb with a
        bare span ("fought the army for years"). An act noun that is what a counted span runs from ("two years
        since Moscow's invasion", "the anniversary of the invasion") is history too."""
        lr = self.mod.get("long_running")
        if not lr:
            return False
        # the act noun a span or an anniversary runs from
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj":
            prep = tok.head
            # ... counted: "two years[attr] since Moscow's invasion", "marks three years[dobj] since" ("tension has been
            # high since a 2023 attack" tells the attack, dated)
            if prep.lower_ in lr["since_prepositions"] and (prep.head.lemma_.lower() in lr["span_units"] or any(
                    c.dep_ in ("dobj", "attr", "npadvmod") and c.lemma_.lower() in lr["span_units"] for c in prep.head.children)):
                return True
            if prep.lower_ == "of" and prep.head.lemma_.lower() in lr["anniversary_nouns"]:
                return True
        verb = tok
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i or verb.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "attr"):
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        def reaches_back(phrase: Token) -> bool:
            for t in phrase.subtree:
                w = t.lower_
                if t.lemma_.lower() in lr["since_words"]:
                    return True
                if t.like_num and len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2100:
                    return True
            return False

        def spans(verb: Token) -> bool:
            perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children)
            for c in verb.children:
                if c.is_ancestor(tok):
                    continue  # the act noun's own phrase ("since a 2023 attack") is what it dates, not a span on it
                if c.dep_ == "prep" and c.lower_ in lr["since_prepositions"] and perfect and reaches_back(c):
                    return True
                if c.dep_ == "advcl" and perfect and any(m.dep_ == "mark" and m.lower_ in lr["since_prepositions"]
                                                         for m in c.children) and reaches_back(c):
                    return True
                if c.dep_ == "prep" and c.lower_ in lr["span_prepositions"]:
                    for g in c.children:
                        if g.dep_ != "pobj" or g.lemma_.lower() not in lr["span_units"]:
                            continue
                        counted = any(n.dep_ in ("nummod", "quantmod", "det", "amod") for n in g.children)
                        if not counted and g.tag_ == "NNS":
                            return True
                        if counted and perfect and not code.startswith(tuple(lr["term_roots"])):
                            return True
            return False
        # ... the verb's own span, or one on the verb whose open complement it is ("Cyprus has offered for decades
        # to host talks between Lebanon and Israel": no planned talks)
        for _ in range(3):
            if spans(verb):
                return True
            if verb.dep_ != "xcomp" or verb.head.i == verb.i:
                return False
            verb = verb.head
        return False

    def _standing_relative(self, tok: Token, code: str = "") -> bool:
        """A relative clause whose subject is the relative pronoun, in the simple present ("Qatar, which hosts a
        US air base") or, for a stance taken in words (modality.yaml `standing_relative_perfect_roots`), the present perfect
        ("lawmakers who have pressed for a tougher line on China"): a trait or stance of its noun, no act
        (`standing_relative_auxiliaries`); not one timed by a date of its own. ("Iran, which has supplied drones to
        Russia", "Egypt, which has mediated between them" tell deeds done.)"""
        if tok.dep_ != "relcl" or tok.pos_ not in ("VERB", "AUX"):
            return False
        if not any(c.dep_ == "nsubj" and c.lower_ in REL_PRONOUNS for c in tok.children):
            return False
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if not auxes:
            present = tok.tag_ in ("VBZ", "VBP")
        else:
            present = code[:2] in self.mod.get("standing_relative_perfect_roots", ()) and tok.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "aux" and auxes[0].tag_ in ("VBZ", "VBP") \
                and auxes[0].lemma_.lower() in self.mod.get("standing_relative_auxiliaries", ())
        if not present:
            return False
        return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)

    def _standing_negation(self, tok: Token) -> bool:
        """A negation in the present in the sentence's own main clause, outside quotation marks ("Venezuela does
        not recognise the court's jurisdiction"): the writer's statement of a standing position, no act made
        (modality.yaml `standing_negation_auxiliaries`, `standing_negation_marks`)."""
        mod = self.mod
        if tok.dep_ != "ROOT" or not any(c.dep_ == "neg" for c in tok.children):
            return False
        if not any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_.lower() in mod.get("standing_negation_auxiliaries", ())
                   for c in tok.children):
            return False
        marks = set(mod.get("standing_negation_marks", ()))
        return not any(t.text in marks for t in tok.sent)

    def _tally(self, tok: Token, code: str) -> bool:
        """A count of harm (modality.yaml `tally_roots`) whose victims are a number ("3,100 people",
        "tens of thousands") with no doer named, over a span ("this year", "in the first half of the year", "since April",
        `tally_*`) or done by a war itself ("the war has killed tens of thousands"): a statistic, no event."""
        mod = self.mod
        if not code or code[:2] not in mod.get("tally_roots", ()) or tok.pos_ not in ("VERB", "AUX"):
            return False
        qheads = set(mod.get("tally_quantity_heads", ()))
        patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(c.like_num or c.lemma_.lower() in qheads or any(g.dep_ == "nummod" for g in c.children)
                   for c in patients):
            return False
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in mod.get("tally_subjects", ()) for c in tok.children):
            return True
        if any(c.dep_ in ("nsubj", "agent") for c in tok.children):
            return False  # a doer named counts its own acts: "US drone strikes have killed five commanders this year"
        since = mod.get("tally_since", ())
        if perfect and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in since for m in c.children)
                           or c.dep_ == "prep" and c.lower_ in since for c in tok.children):
            return True  # "have been killed since April", "has killed ... since the war began"
        clausal = ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "appos")

        def in_clause(t: Token) -> bool:
            while t.i != tok.i:
                if t.dep_ in clausal or t.head.i == t.i:
                    return False
                t = t.head
            return True
        for c in [t for t in tok.subtree if t.i != tok.i and in_clause(t)]:
            if c.dep_ == "npadvmod" and c.lemma_.lower() in mod.get("tally_units", ()) \
                    and any(d.dep_ == "det" and d.lower_ in mod.get("tally_determiners", ()) for d in c.children) \
                    and not any(d.dep_ == "advmod" for d in c.children):
                return True  # "this year", "last year" (not "earlier this year": a time in it)
            if c.dep_ == "pobj" and c.head.lower_ in mod.get("tally_prepositions", ()):
                if c.lemma_.lower() in mod.get("tally_part_heads", ()):
                    return True  # "in the first half of the year"
                if c.lemma_.lower() in mod.get("tally_units", ()) and any(
                        d.lower_ in mod.get("tally_span_modifiers", ()) for d in c.children if d.dep_ in ("amod", "det")):
                    return True  # "over the past year"
                if c.head.head.i == tok.i and c.lemma_.lower() in mod.get("tally_war_nouns", ()) \
                        and any(d.dep_ == "det" and d.lower_ in mod.get("tally_war_determiners", ()) for d in c.children) \
                        and any(p.lower_ in mod.get("tally_vague_heads", ()) and not any(g.dep_ == "nummod" for g in p.children)
                                for p in patients):
                    return True  # "thousands of people were killed in the fighting": a round toll of the war
        return False

    def _surveyed(self, tok: Token) -> bool:
        """The act is what a poll or survey shows (modality.yaml `survey_nouns`, `survey_verbs`: "polls
        show Georgians want to join the EU"): an opinion measured, no act."""
        mod = self.mod
        cur = tok
        for _ in range(4):
            if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
                return False
            cur = cur.head
            if cur.lemma_.lower() in mod.get("survey_verbs", ()) and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in mod.get("survey_nouns", ()) for c in cur.children):
                return True
        return False

    def _absolute_state(self, tok: Token) -> bool:
        """A participle with a quantifier subject and no auxiliary, hung on a clause ("people are arriving,
        many of them wounded"; modality.yaml `absolute_subjects`): a state described, no act."""
        if tok.dep_ != "advcl" or tok.tag_ not in ("VBN", "VBD"):
            return False
        if any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "agent") for c in tok.children):
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.mod.get("absolute_subjects", ())
                   and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in tok.children)

    def _scheduled_noun(self, tok: Token) -> bool:
        """(h23a) An act noun told as scheduled (modality.yaml `scheduled_noun`): the subject of a scheduling
        predicate ("Talks between Iran and the US are scheduled for next week", "A visit is planned for March", "the
        summit is due next month", "are due to resume"), with a scheduling participle of its own ("the summit, set
        for Friday, was confirmed"), a scheduling modifier ("the planned visit", "the upcoming summit") or a future date as
        its owner ("next week's talks"); not negated, and not when its own clause tells it took place ("The talks,
        scheduled for Friday, were held in Muscat": `occurrence_verbs`)."""
        sched = self.mod.get("scheduled_noun")
        if not sched:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in self.containers:
            tok = tok.head.head  # through a container: "A new round of talks ... is scheduled for Monday"
        words = set(sched["predicates"])
        head = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and head.i != tok.i and not self._negated(
                c for c in head.children if c.dep_ in ("neg", "aux", "auxpass", "advmod")):
            preds = [head] if head.lemma_.lower() in words and (tok.dep_ == "nsubjpass" or head.pos_ == "ADJ") else \
                [c for c in head.children if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in words] \
                if head.lemma_.lower() == "be" else []
            # ... with an infinitive only of its taking place ("are due to resume", "is expected to take place"; "is
            # expected to boost trade" says nothing of when)
            occurring = set(sched["occurrence_verbs"]) | {"be"}
            if any(all(x.lemma_.lower() in occurring for x in (*pr.children, *head.children) if x.dep_ == "xcomp")
                   for pr in preds):
                return True
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and head.lemma_.lower() in sched["occurrence_verbs"] \
                and not any(c.dep_ == "aux" and c.lower_ in self.mod["future_auxiliaries"] for c in head.children):
            return False  # "The talks, scheduled for Sunday, were held in Muscat", "held the planned talks"
        mods = set(sched.get("modifiers", ()))
        return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in words  # "the summit, set for Friday"
                   or c.dep_ in ("amod", "compound") and c.lower_ in mods  # "the planned visit", "the upcoming summit"
                   or c.dep_ == "poss" and c.ent_type_ == "DATE"  # "next week's talks"
                   and any(g.lower_ in sched.get("future_words", ()) for g in c.subtree)
                   for c in tok.children)

    def _scheduled(self, tok: Token, code: str) -> bool:
        """A departure from office that is only scheduled (modality.yaml `scheduled_codes`): the
        complement of a scheduling word ("is due to step down", "is set to step down") or timed by the
        end of a term ("will step down when his term ends"). A term ending is no concession."""
        mod = self.mod
        if not code.startswith(tuple(mod["scheduled_codes"])):
            return False
        if tok.dep_ == "xcomp" and (tok.head.lemma_.lower() in mod["scheduling_words"] or tok.head.lower_ in mod["scheduling_words"]):
            return True
        for c in tok.children:
            if c.dep_ in ("advcl", "prep", "npadvmod"):
                words = {t.lemma_.lower() for t in c.subtree}
                if words & set(mod["term_nouns"]) and words & set(mod["term_end_words"]):
                    return True
        return False

    def _governed_by(self, tok: Token, key: str) -> bool:
        """A nominal trigger that is the object of one of the verbs listed under `key` in
        modality.yaml, directly or inside a container ("a new package of EU sanctions")."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        gov = tok
        if gov.dep_ == "pobj" and gov.head.lower_ == "of" and gov.head.head.lemma_.lower() in self.containers:
            gov = gov.head.head
        words, verb = self.mod.get(key, ()), gov.head.lemma_.lower()
        # (h21i) an entry "verb>particle" is that phrasal verb ("back>off": "backed off its demands")
        return gov.dep_ in ("dobj", "nsubjpass") and (verb in words or any(
            f"{verb}>{c.lower_}" in words for c in gov.head.children if c.dep_ == "prt"))

    def _ended_by_noun(self, tok: Token) -> bool:
        """(h23a) A nominal trigger in the phrase of a noun that ends or cuts it (modality.yaml `ending_nouns`): "the
        suspension of US aid to Ethiopia", "a freeze on funding" name the cut (its own event), no aid given."""
        words = self.mod.get("ending_nouns", ())
        return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in ("of", "in", "on", "to") \
            and tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in words

    def _self_announced(self, frame: _Frame, tok: Token, src: Actor) -> bool:
        """The act is in the clausal complement of a reporting verb whose subject is the act's own
        source ("Iran said it would strike", "Obama and Putin said they will attack")."""
        verb = reporting_verb(tok, ("xcomp", "conj"), climbs=2)
        if verb is None:
            return False
        reporters = self._actors(frame, self._subject(verb)[0], False)
        # ... or its spokesman: one of the same code ("Houthi spokesman Yahya Saree warned that the
        # group would retaliate")
        if src.id in reporters or bool(src.code) and any(frame.actors[r].code == src.code for r in reporters):
            return True
        # ... or the voice of its state: its government speaking of the country or its forces
        # ("Netanyahu said Israel would keep attacking", modality.yaml `state_voice_sectors`)
        country = self._country(frame, src.id)
        if not country or not src.code or src.code[3:] not in self.mod.get("state_act_sectors", ()):
            return False
        return any(frame.actors[r].code in {country + v for v in self.mod.get("state_voice_sectors", ())} for r in reporters)

    def _prevented_by_circumstance(self, frame: _Frame, tok: Token) -> bool:
        """The act is the "from"-gerund of a preventing verb (modality.yaml `preventing_verbs`) whose subject names
        no actor: a circumstance keeps it from being done ("the dispute has kept them from signing"), no one's act."""
        verb = gerund_governor(tok)
        if verb is None or tok.head.lower_ != "from" or verb.lemma_.lower() not in self.mod["preventing_verbs"]:
            return False
        subjects, passive = self._subject(verb)
        return bool(subjects) and not passive and not any(
            frame.by_token.get(t.i) is not None for s in subjects for t in s.subtree)

    def _negated(self, tokens: Iterable[Token]) -> bool:
        """One of these tokens negates its head: a `neg` dependent or a negation word
        (modality.yaml `negation_words`: "never", "no longer" ...)."""
        words = self.mod["negation_words"]
        return any(c.dep_ == "neg" or c.lower_ in words for c in tokens)

    @staticmethod
    def _between(tok: Token) -> bool:
        """The act names its parties in a "between" phrase, on it or its complement ("offered to
        mediate between the government and the opposition"): the subjects do not act on each other."""
        heads = [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "dobj"))]
        return any(c.dep_ == "prep" and c.lower_ == "between" for h in heads for c in h.children)

    def _joint(self, tok: Token) -> bool:
        """Coordinated subjects acting together ("fought together", "side by side", "alongside"),
        not on each other (modality.yaml `joint_markers`)."""
        marks = self.mod.get("joint_markers", ())
        return any(c.lower_ in marks for c in tok.children if c.dep_ in ("advmod", "prep", "npadvmod"))

    def _refusal(self, tok: Token) -> bool:
        """A denied act that is a refusal: the complement of "refuse"/"decline", or negated
        under will/would ("would not provide support", "won't meet")."""
        mod = self.mod
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in mod.get("refusal_verbs", ()):
            return True
        kids = list(tok.children)
        return self._negated(kids) and any(c.dep_ == "aux" and c.lower_ in mod.get("refusal_auxiliaries", ()) for c in kids)
