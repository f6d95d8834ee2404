"""The `eventwire_repairs` spaCy component: mend parser mistakes the coders would inherit.

The small English parser tags a gerund that news uses as a noun of violence as a verb, either in a
noun's place ("wounded by Ukrainian shelling", `shelling` VBG pobj) or split off the phrase it ends
("killed in Israeli tank shelling": `Israeli tank` the preposition's object, `shelling` an adverbial
clause). The event coder's noun patterns ("shelling" by whom, on whom) then never see it. This
component, run after the lemmatizer, retags such a gerund as a noun and, when it was split off,
hangs it under the preposition with the phrase before it as its modifiers. The words and labels are
in `coding/data/repairs.yaml`. It also makes the root of a verb the small parser hung, though it
takes an object, as a participle on the noun before it ("Israeli airstrikes[ROOT] killed[acl] 25
Palestinians"; with no object, after a relative clause or apposition: "Venezuela, which hosted the
talks, called[acl] on both sides"), gives a preposition the object the parser read as the subject
of a participle after it ("granted asylum to five officers[nsubj] holed[advcl] up"), gives a
sentence-final "said" the reporters it read as conjuncts ("... allied militias, residents[conj] and
a spokesman said"), and keeps "X accused Y of ..., a charge Y denies" from making the accusation the
denial's complement. It also gives a noun read as a conjunct of the object its own verb ("... and
Congo[conj → nsubj] promised to ..."), a plural noun read as a verb back to the noun ("the boat
strikes[VBZ]"), the second party of "between X and Y" to X, a sentence-opening name read as the
sentence's noun head back to the subject ("Trump[NOUN ROOT] imposed[amod] tariffs"; "Malaysia[npadvmod]
mediated[amod] talks[ROOT]": the verb heads the sentence, the noun is its object), and a participle
joined to a verb deep inside the participle clause before it to that clause ("saying ... and vowing"); (h23d) it
gives a verb with no subject the names the parser read as conjuncts of the last noun of the phrase opening the
sentence ("In a joint statement on Sunday[pobj], Britain[conj → nsubj], France and Germany urged ...").
spaCy's own tools edit tokens (the retokenizer merges and splits) but not a
parse tree's arcs, so the arcs are set here through `Token.head`, as the retokenizer does.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..coding.kb import read_yaml
from ..coding.syntax import first_conjunct

NAME = "eventwire_repairs"


class Repairs:
    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp
        data = read_yaml("repairs.yaml")
        self.gerunds = frozenset(data["nominal_gerunds"])
        self.nominal = frozenset(data["nominal_dependencies"])
        self.split = frozenset(data["split_dependencies"])
        self.split_heads = frozenset(data["split_heads"])
        self.participle_tags = frozenset(data["object_participle_tags"])
        self.participle_deps = frozenset(data["object_participle_dependencies"])
        self.finite_phrase_tags = frozenset(data["finite_phrase_tags"])
        self.comitative_phrases = frozenset(data["comitative_phrases"])
        self.venue_participles = frozenset(data.get("venue_participles") or ())
        self.venue_preps = frozenset(data.get("venue_prepositions") or ())
        self.venue_events = frozenset(data.get("venue_event_nouns") or ())
        self.comitative_after = frozenset(data.get("comitative_after_verbs") or ())
        self.comitative_verbs = frozenset(data.get("comitative_verbs") or ())
        self.comitative_targets = frozenset(data.get("comitative_target_prepositions") or ())
        countries = read_yaml("countries.yaml")["countries"]
        self.country_names = frozenset(n for c in countries for n in c.get("names") or ())
        self.country_adjectives = frozenset(a for c in countries for a in c.get("adjectives") or ())
        self.finite_phrase_preps = frozenset(data["finite_phrase_prepositions"])
        self.orphan_preps = frozenset(data["orphan_prepositions_before_participles"])
        self.reporting = frozenset(data["trailing_reporting_verbs"])
        self.denials = frozenset(data["trailing_denial_verbs"])
        self.denial_nouns = frozenset(data["trailing_denial_nouns"])
        self.complement_verbs = frozenset(data["infinitive_complement_verbs"])
        self.allegation_verbs = frozenset(data["allegation_verbs"])
        self.allegation_prepositions = frozenset(data["allegation_prepositions"])
        self.shared_prepositions = frozenset(data["shared_prepositions"])
        self.speech_verbs = frozenset(data["reported_state_speech_verbs"])
        self.state_deps = frozenset(data["reported_state_deps"])
        coref = read_yaml("coref.yaml")
        self.side_heads = frozenset(coref["party_pair_heads"]) | frozenset(coref["pair_heads"])
        self.side_modifiers = frozenset(data.get("sides_addressee_modifiers", ()))
        self.sides_appeal_verbs = frozenset(data.get("sides_appeal_verbs", ()))
        self.appeal_verbs = frozenset(data["appeal_complement_verbs"])
        self.appeal_prepositions = frozenset(data["appeal_complement_prepositions"])
        self.attack_nouns = frozenset(read_yaml("coref.yaml")["attack_nouns"])
        self.titles = frozenset(read_yaml("coref.yaml")["title_heads"])
        self.apposition_determiners = frozenset(data["apposition_determiners"])
        self.own_agent_nouns = frozenset(read_yaml("modality.yaml")["own_agent_nouns"])
        self.summary_nouns = frozenset(read_yaml("modality.yaml")["summary_nouns"])
        self.naming_verbs = frozenset(read_yaml("modality.yaml")["naming_verbs"])
        self.free_relatives = frozenset(read_yaml("modality.yaml")["free_relative_pronouns"])
        self.named_author_preps = frozenset(data.get("named_author_prepositions", ()))
        self.between = frozenset(read_yaml("coref.yaml")["between_prepositions"])
        self.particle_adverbs = frozenset(data["particle_adverbs"])
        self.compound_particles = frozenset(data["compound_particles"])
        self.portfolio_words = frozenset(data["portfolio_words"])
        self.participle_complement_verbs = frozenset(data["participle_complement_verbs"])
        self.perfect_auxiliaries = frozenset(data.get("perfect_auxiliaries", ()))
        self.dated_subject_preps = frozenset(data.get("dated_subject_prepositions", ()))
        self.dated_subject_days = frozenset(data.get("dated_subject_days", ()))
        self.clause_prepositions = frozenset(data["noun_clause_prepositions"])
        self.double_object_verbs = frozenset(data.get("double_object_verbs", ()))
        self.appeal_mediums = frozenset(data.get("appeal_medium_prepositions", ()))
        self.appeal_objects = frozenset(data.get("appeal_object_prepositions", ()))
        self.statement_nouns = frozenset(read_yaml("modality.yaml")["statement_nouns"])
        self.adjective_clause_preps = frozenset(data.get("adjective_clause_prepositions", ()))
        self.attributive_participles = frozenset(data.get("attributive_participles", ()))
        self.bare_attributive_participles = frozenset(data.get("bare_attributive_participles", ()))
        self.noun_read_adverbs = frozenset(data.get("adverbs_read_as_nouns", ()))
        self.cargo_verbs = frozenset(data.get("cargo_clause_verbs") or ())
        joined = data.get("adjectives_read_as_verbs") or {}
        self.adjective_verb_tags = frozenset(joined.get("tags", ()))
        self.adjective_verb_heads = frozenset(joined.get("head_tags", ()))
        self.hyphenated_titles = frozenset(data.get("hyphenated_title_heads", ()))
        self.title_phrase_heads = frozenset(data.get("title_phrase_heads", ()))
        self.shared_head_parties = frozenset(data.get("shared_head_parties", ()))
        self.predicate_naming_verbs = frozenset(data.get("predicate_naming_verbs", ()))
        self.subject_read_tags = frozenset(data.get("subject_read_tags", ()))
        self.subject_read_object_deps = frozenset(data.get("subject_read_object_deps", ("dobj",)))
        self.prepositional_participle_tags = frozenset(data.get("prepositional_participle_tags", ()))
        self.authored_objects = frozenset(data.get("authored_object_nouns", ()))
        self.agented_acts = frozenset(data.get("agented_act_nouns", ()))
        self.by_measure_words = frozenset(data.get("by_measure_words", ()))
        self.finite_modifier_speech = frozenset(data.get("finite_modifier_speech_verbs", ()))
        self.place_modifier_preps = frozenset(data.get("place_modifier_prepositions", ()))
        self.relative_subjects = frozenset(data.get("relative_subject_pronouns") or ())
        joined = data.get("participle_conjuncts") or {}
        self.participle_conjunct_tags = frozenset(joined.get("conjunct_tags", ()))
        self.participle_conjunct_heads = frozenset(joined.get("participle_tags", ()))
        self.participle_conjunct_verbs = frozenset(joined.get("clause_verb_tags", ()))
        members = data.get("list_names_read_as_modifiers") or {}
        self.list_modifier_deps = frozenset(members.get("modifier_dependencies", ()))

    #: The repair passes in the order they run; each walks the doc's tokens (or sentences) once.
    #: The order matters: a later pass reads arcs an earlier one set (a plural noun read as a verb
    #: is a noun again before any clause repair looks for verbs; a participle root is promoted
    #: before subjects read as conjuncts are given their verbs; and the gerunds of violence are made
    #: nouns last, once the clauses they hang in are mended).
    PASSES = (
        "hyphenated_titles",
        "names_hung_in_title_phrases",
        "names_read_as_conjuncts_before_titles",
        "hyphenated_doers",
        "adverbs_read_as_nouns",
        "adjectives_read_as_verbs",
        "results_hung_on_cargo",
        "attributive_participles_read_as_complements",
        "nouns_read_as_verbs",
        "verbs_read_as_nouns",
        "subjects_read_as_adverbs",
        "participles_read_as_adjectives",
        "participles_read_as_prepositional_clauses",
        "perfect_clauses_read_as_modifiers",
        "finite_verbs_read_as_modifiers",
        "finite_verbs_read_as_place_modifiers",
        "names_read_as_root_nouns",
        "verbs_read_as_participles",
        "verbs_read_as_dated_modifiers",
        "gerunds_joined_to_their_like",
        "participles_and_trailing_reporters",
        "distributive_appositions",
        "summary_appositions",
        "naming_gaps",
        "quoted_predicates",
        "object_relatives_read_as_roots",
        "contact_relatives",
        "quoted_names",
        "nouns_joined_to_verbs",
        "objects_hung_on_results",
        "double_objects",
        "naming_predicates",
        "verbs_joined_to_predicates",
        "appeals_hung_on_mediums",
        "prepositions_read_as_marks",
        "agents_hung_on_phrases",
        "participles_hung_on_venues",
        "agents_of_active_objects",
        "joined_people_and_report_phrases",
        "comitative_subjects",
        "comitative_objects_after_verbs",
        "names_read_as_shared_modifiers",
        "list_names_read_as_modifiers",
        "subjects_read_as_conjuncts",
        "subjects_read_as_phrase_conjuncts",
        "mains_after_participles",
        "clause_attachments",
        "relatives_read_as_complements",
        "participle_complements",
        "reported_clause_conjuncts",
        "participle_conjuncts",
        "sentence_roots",
        "infinitives_read_as_relatives",
        "nominal_gerunds",
        "nouns_read_as_clauses",
    )

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        for name in self.PASSES:
            getattr(self, "_" + name)(doc)
        return doc

    def _hyphenated_titles(self, doc: Doc) -> None:
        """(h23e) "the UN secretary[compound]-general[JJ, nsubj]", "the secretary[nsubj]-general[amod] of the Arab
        League": a hyphenated title (repairs.yaml `hyphenated_title_heads`) whose last piece is read as an adjective or
        a modifier is one noun headed by its last piece, lemma the whole word, in the place of the word; the pieces
        before it are its compounds and their modifiers ("UN", "of the Arab League") its own."""
        for tok in doc:
            if tok.i < 2 or tok.pos_ in ("NOUN", "PROPN") and tok.head.i not in range(tok.i - 2, tok.i):
                continue
            start = tok.i
            while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                    and not doc[start - 2].whitespace_:
                start -= 2
            if start == tok.i:
                continue
            word = doc[start:tok.i + 1].text.lower()
            if word not in self.hyphenated_titles:
                continue
            inside = range(start, tok.i + 1)
            tops = [doc[j] for j in inside if doc[j].head.i not in inside or doc[j].head.i == j]
            if len(tops) != 1:
                continue  # pieces hung in two places: not one word
            top = tops[0]
            head, dep = (top.head, top.dep_) if top.head.i != top.i else (tok, top.dep_)
            outer = [c for j in inside for c in doc[j].children if c.i not in inside]
            tok.tag_, tok.pos_, tok.lemma_ = "NN", "NOUN", word
            for j in range(start, tok.i):
                piece = doc[j]
                piece.head, piece.dep_ = tok, ("punct" if piece.text == "-" else "compound")
            tok.head, tok.dep_ = head, dep
            for c in outer:
                c.head = tok

    def _names_hung_in_title_phrases(self, doc: Doc) -> None:
        """(h27d) "Russia's ambassador to international organisations in Vienna[pobj], Mikhail Ulyanov[appos → Vienna],
        said", "China's envoy to the UN[pobj], Fu Cong[appos → UN], said": a person's name set off by a comma after a
        title noun's prepositional phrase (repairs.yaml `title_phrase_heads`) restates the title, not the place or body
        its phrase ends in; the name is the title's apposition. (The entity recogniser runs after this component: a
        person's name is read as two or more capitalised proper nouns alone, "the Sahel" restating "the region" is none.)"""
        for tok in doc:
            if tok.dep_ != "appos" or tok.pos_ != "PROPN":
                continue
            words = [t for t in tok.subtree if t.pos_ != "PUNCT"]
            if len(words) < 2 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in words):
                continue
            left = tok.left_edge.i
            if left == 0 or doc[left - 1].text != "," or tok.head.i >= left:
                continue
            noun = tok.head
            if noun.dep_ != "pobj":
                continue
            title = noun.head.head  # the noun ← its preposition ← what the phrase is on
            while title.dep_ == "pobj" and title.head.dep_ == "prep" and title.head.head.i < title.i \
                    and title.lemma_.lower() not in self.title_phrase_heads:
                title = title.head.head  # ("to international organisations in Vienna": up the nested phrases)
            if title.pos_ != "NOUN" or title.lemma_.lower() not in self.title_phrase_heads or title.i >= noun.i \
                    or any(c.dep_ == "appos" for c in title.children):
                continue
            tok.head = title

    def _names_read_as_conjuncts_before_titles(self, doc: Doc) -> None:
        """(h32f) "met Serbian President Aleksandar Vucic and Kosovo[conj → Vucic] Prime Minister Albin Kurti[conj]": a
        one-word name read as a conjunct of its own, right before a title (repairs.yaml `title_phrase_heads`) whose
        compounds end in the next conjunct of the same head, is the title's first word: the titled person's country,
        not a third party met."""
        for tok in doc:
            if tok.dep_ != "conj" or tok.pos_ != "PROPN" or any(True for _ in tok.children) or tok.i + 1 >= len(doc):
                continue
            nxt = doc[tok.i + 1]
            chain, t = [], nxt
            while t.dep_ == "compound" and t.head.i > t.i and len(chain) < 6:
                chain.append(t)
                t = t.head
            if not chain or t.dep_ != "conj" or t.head.i != tok.head.i:
                continue
            title = next((c for c in chain if c.lemma_.lower() in self.title_phrase_heads), None)
            if title is None:
                continue
            tok.head, tok.dep_ = title, "compound"

    def _hyphenated_doers(self, doc: Doc) -> None:
        """(h23e) "the UN[compound]-[JJ, amod]backed[amod] government": a name or adjective hyphenated to a participle
        before a noun, each hung on the noun (the hyphen read as an adjective), is the participle's doer, as the parser
        reads "the U.N.-backed government" (name[npadvmod] -[punct] backed[amod]); so the name does not modify the noun."""
        for hyph in doc:
            if hyph.text != "-" or hyph.i == 0 or hyph.i + 1 >= len(doc) or hyph.whitespace_ or doc[hyph.i - 1].whitespace_:
                continue
            name, part = doc[hyph.i - 1], doc[hyph.i + 1]
            noun = part.head
            if part.tag_ != "VBN" or part.dep_ != "amod" or noun.i <= part.i or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            if name.pos_ not in ("PROPN", "ADJ") or name.head.i != noun.i or hyph.head.i != noun.i:
                continue
            name.head, name.dep_ = part, "npadvmod"
            hyph.head, hyph.dep_, hyph.tag_, hyph.pos_ = part, "punct", "HYPH", "PUNCT"

    def _adverbs_read_as_nouns(self, doc: Doc) -> None:
        """"met Trump briefly[NOUN, advmod]", "spoke to Xi briefly[NOUN, pobj]": a manner adverb
        (repairs.yaml `adverbs_read_as_nouns`) read as a noun with the name before it as its compound; the
        name takes the adverb's place (a bare advmod: the verb's object, when it has none) and the
        adverb modifies the verb."""
        for tok in doc:
            if tok.lower_ not in self.noun_read_adverbs or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
            if not names or names[-1].i != tok.i - 1 or any(c.i > tok.i for c in tok.children):
                continue
            name, head, dep = names[-1], tok.head, tok.dep_
            if dep in ("advmod", "npadvmod", "dobj"):
                if head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" and c.i != tok.i for c in head.children):
                    continue
                dep = "dobj"
            elif dep != "pobj":
                continue
            for other in names[:-1]:
                other.head = name
            name.head, name.dep_ = (head if head.i != tok.i else name), dep
            verb = head if head.pos_ in ("VERB", "AUX") else head.head
            tok.tag_, tok.pos_, tok.lemma_, tok.dep_ = "RB", "ADV", tok.lower_, "advmod"
            tok.head = verb

    def _results_hung_on_cargo(self, doc: Doc) -> None:
        """(h26g) "carried out a strike against a boat that Trump said was carrying[ccomp] drugs, killing[advcl → carrying]
        11 people": a participle after a comma hung on a verb that only tells what a thing holds or carries (repairs.yaml
        `cargo_clause_verbs`) inside a relative or participle clause on a noun is the result of the verb above that
        clause (a boat carrying drugs kills no one; the strike did)."""
        for tok in doc:
            if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i == 0 or doc[tok.i - 1].text != "," \
                    or tok.head.lemma_.lower() not in self.cargo_verbs or tok.head.i > tok.i:
                continue
            clause = tok.head
            while clause.dep_ not in ("relcl", "acl") and clause.dep_ in ("ccomp", "xcomp", "conj") and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ not in ("relcl", "acl") or clause.head.pos_ not in ("NOUN", "PROPN"):
                continue
            verb = clause.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and verb.i < tok.i:
                tok.head = verb
                doc[tok.i - 1].head = verb

    def _adjectives_read_as_verbs(self, doc: Doc) -> None:
        """(h26g) "police fired tear gas and live[VB conj] ammunition[dobj of live] at protesters": an adjective before
        the second of two coordinated objects, read as a bare verb (repairs.yaml `adjectives_read_as_verbs` `tags`)
        joined to a finite or participle verb (`head_tags`) that has an object before it, with no subject or auxiliary
        of its own and its object right after it (a finite clause joins no bare verb: "fired ... and use"). The word
        modifies its object, the object is the second object of the verb, and what the word headed besides ("at
        protesters") is the verb's."""
        for tok in doc:
            if tok.tag_ not in self.adjective_verb_tags or tok.dep_ != "conj" or tok.i + 1 >= len(doc):
                continue
            verb = tok.head
            if verb.tag_ not in self.adjective_verb_heads or verb.pos_ != "VERB" or verb.i > tok.i \
                    or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "expl", "mark") for c in tok.children):
                continue
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.left_edge.i == tok.i + 1), None)
            first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if obj is None or first is None:
                continue
            rest = [c for c in tok.children if c.i != obj.i]
            obj.head, obj.dep_ = first, "conj"
            tok.head, tok.dep_ = obj, "amod"
            tok.tag_, tok.pos_, tok.lemma_ = "JJ", "ADJ", tok.lower_
            for c in rest:
                c.head = first if c.dep_ == "cc" else verb
            for c in list(verb.children):
                if c.dep_ == "cc" and first.i < c.i < tok.i:
                    c.head = first

    def _attributive_participles_read_as_complements(self, doc: Doc) -> None:
        """"Ruto met visiting[xcomp] Chinese Foreign Minister Wang Yi[dobj of visiting]": a participle that
        describes the person it stands before (repairs.yaml `attributive_participles`) read as the verb's
        open complement with that person as its object; the person is the verb's object and the
        participle its modifier (the prepositions after the person stay the verb's)."""
        for tok in doc:
            bare = tok.lower_ in self.bare_attributive_participles
            if not bare and tok.lower_ not in self.attributive_participles or tok.dep_ not in ("xcomp", "ccomp", "advcl"):
                continue
            verb = tok.head
            if verb.pos_ != "VERB" or verb.i > tok.i or any(c.dep_ == "dobj" for c in verb.children):
                continue
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            # (h29e) "accused neighbouring[xcomp] Eritrea[dobj]": a participle that never takes a name for its object
            # (`bare_attributive_participles`) modifies a bare name too
            if obj is None or obj.left_edge.i != tok.i + 1 or obj.pos_ != "PROPN" or obj.left_edge.i == obj.i and not bare:
                continue
            if any(c.dep_ in ("nsubj", "aux", "mark") for c in tok.children):
                continue
            for c in list(tok.children):
                if c.i > obj.i:
                    c.head = verb
            obj.head, obj.dep_ = verb, "dobj"
            tok.head, tok.dep_ = obj, "amod"

    def _nouns_read_as_verbs(self, doc: Doc) -> None:
        """Plural nouns read as verbs ("the boat strikes[VBZ]") and the second party of "between"."""
        for tok in doc:
            if tok.tag_ == "VBZ" and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "oprd") and tok.i > 0:
                self._plural_noun_read_as_verb(tok)
            elif tok.dep_ == "prep" and tok.lower_ == "between":
                self._between_pair(tok)

    def _verbs_read_as_nouns(self, doc: Doc) -> None:
        """(h24a) "Starmer rang[NN ROOT] Zelensky[dobj] on Sunday": a word the tagger read as a noun that the parser
        gave a subject before it and a direct object after it, as a clause's head, is that clause's verb (past tense,
        its lemma the verb's: "rang" → "ring")."""
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.dep_ not in ("ROOT", "conj", "ccomp") or not tok.text.islower():
                continue
            if not any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children) \
                    or not any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children):
                continue
            lemma = self._verb_lemma(tok, "VBD")
            tok.pos_, tok.tag_ = "VERB", "VBD"
            tok.lemma_ = lemma or tok.lower_

    def _subjects_read_as_adverbs(self, doc: Doc) -> None:
        """(h24a) "Lula[RB advmod] phoned Macron on Tuesday": a capitalised word opening the sentence, read as a modifier
        (repairs.yaml `subject_read_tags`) of the finite past or present verb right after it that has an object and no
        subject, is that verb's subject (news opens no sentence with a subjectless finite verb). (p27) An object is one of repairs.yaml
        `subject_read_object_deps`: a reported clause too ("Nduhungirehe[NNP advmod] acknowledged that ...")."""
        for sent in doc.sents:
            tok = doc[sent.start]
            if tok.tag_ not in self.subject_read_tags or not tok.is_title or tok.i + 1 >= sent.end:
                continue
            verb = doc[tok.i + 1]
            if tok.head.i != verb.i or verb.tag_ not in ("VBD", "VBZ") or verb.pos_ != "VERB" \
                    or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) \
                    or not any(c.dep_ in self.subject_read_object_deps and c.i > verb.i for c in verb.children) \
                    or list(tok.children):
                continue
            tok.pos_, tok.tag_, tok.dep_, tok.lemma_ = "PROPN", "NNP", "nsubj", tok.text

    def _participles_read_as_adjectives(self, doc: Doc) -> None:
        """"The group is armed[JJ acomp] and trained[VBN] by Rwanda": an adjective in -ed after "be" joined
        to a passive participle with a by-agent is a passive participle too, and heads the clause with
        the copula as its auxiliary (so the agent closing the coordination is the agent of both)."""
        for tok in doc:
            if tok.dep_ != "acomp" or tok.tag_ != "JJ" or not tok.lower_.endswith("ed") or tok.head.lemma_ != "be":
                continue
            conj = next((c for c in tok.children if c.dep_ == "conj" and c.tag_ == "VBN"
                         and any(a.dep_ == "agent" for a in c.children)), None)
            if conj is None or conj.i != tok.i + 2 or doc[tok.i + 1].dep_ != "cc":
                continue
            lemma = self._verb_lemma(tok)
            if lemma is None:
                continue
            cop = tok.head
            tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBN", lemma
            for c in list(cop.children):
                if c.i != tok.i:
                    c.head = tok
                    if c.dep_ == "nsubj":
                        c.dep_ = "nsubjpass"
            if cop.head.i == cop.i:
                tok.head, tok.dep_ = tok, "ROOT"
            else:
                tok.head, tok.dep_ = cop.head, cop.dep_
            cop.head, cop.dep_ = tok, "auxpass"

    def _participles_read_as_prepositional_clauses(self, doc: Doc) -> None:
        """(p27) "ships had entered ports in “occupied[VBD pcomp] Palestine[dobj]”": a past form the parser hung on a
        preposition as its clause, with no subject or auxiliary of its own and its "object" right after it, modifies that
        noun (a preposition takes a gerund, never a finite or past verb; repairs.yaml `prepositional_participle_tags`):
        the noun is the preposition's object and the word its adjective, so no act of occupying is read."""
        for tok in doc:
            if tok.tag_ not in self.prepositional_participle_tags or tok.dep_ != "pcomp" or tok.head.dep_ != "prep" \
                    or tok.i + 1 >= len(doc):
                continue
            noun = next((c for c in tok.children if c.dep_ == "dobj"), None)
            nxt = doc[tok.i + 1]
            if noun is None or not (noun.i == tok.i + 1 or nxt.is_punct and noun.i == tok.i + 2) \
                    or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "prep", "agent") for c in tok.children):
                continue
            noun.head, noun.dep_ = tok.head, "pobj"
            for c in list(tok.children):
                if c.i != noun.i and c.dep_ == "punct":
                    c.head = noun
            tok.head, tok.dep_, tok.pos_, tok.tag_ = noun, "amod", "ADJ", "JJ"

    def _perfect_clauses_read_as_modifiers(self, doc: Doc) -> None:
        """"denied that the group's fighters had[aux, with the subject] targeted[amod] civilians[dobj of denied]":
        a participle read as a modifier of the noun after it whose perfect auxiliary (repairs.yaml
        `perfect_auxiliaries`) holds a subject is the verb of a clause, the complement of the verb the noun
        hung on, and the noun its object."""
        for tok in doc:
            if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "VBD") or tok.head.i != tok.i + 1:
                continue
            noun, verb = tok.head, tok.head.head
            aux = next((c for c in tok.children if c.dep_ == "aux" and c.lemma_.lower() in self.perfect_auxiliaries
                        and c.i == tok.i - 1), None)
            if aux is None or noun.dep_ != "dobj" or verb.i >= aux.i or verb.pos_ != "VERB" \
                    or not any(g.dep_ in ("nsubj", "nsubjpass") for g in aux.children):
                continue
            for g in list(aux.children):
                g.head = tok
            tok.head, tok.dep_ = verb, "ccomp"
            noun.head, noun.dep_ = tok, "dobj"

    def _finite_verbs_read_as_modifiers(self, doc: Doc) -> None:
        """(h24e) "Peskov said[→] Russia's military only targeted[amod → ccomp] military sites[dobj → targeted], rejecting[acl →
        advcl of said] ...", "said China's activities[dobj → nsubj] and rhetoric only exacerbate[amod → ccomp]
        tensions[appos → dobj]": a verb in a finite form (VBD, VBP, VBZ) read as a modifier of a noun inside the object
        of a verb of saying (repairs.yaml `finite_modifier_speech_verbs`) is the verb of the reported clause: the noun
        phrase before it (a first conjunct for a coordination) its subject with the words before it, the noun it
        modified its object, and a participle clause after a comma on that noun the saying verb's."""
        for tok in doc:
            if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBP", "VBZ") or tok.head.i <= tok.i:
                continue
            noun = tok.head
            top = noun
            while top.dep_ == "appos" and top.head.i < top.i:
                top = top.head
            verb = top.head
            if top.dep_ != "dobj" or verb.lemma_.lower() not in self.finite_modifier_speech or verb.i > top.i:
                continue
            prev = tok.i - 1
            while prev > verb.i and doc[prev].head.i == tok.i and doc[prev].dep_ in ("advmod", "neg"):
                prev -= 1
            subj = doc[prev]
            while subj.dep_ == "conj" and subj.head.i < subj.i:
                subj = subj.head
            if prev <= verb.i or subj.pos_ not in ("NOUN", "PROPN", "ADJ") or subj.i <= verb.i:
                continue
            if subj.head.i == noun.i:
                # "Russia's[→ military] military[amod → nsubj] only targeted military sites": the words of the phrase before
                # the verb are its subject's
                for c in list(noun.children):
                    if c.i < subj.i:
                        c.head = subj
                if subj.pos_ == "ADJ":
                    subj.pos_, subj.tag_ = "NOUN", "NN"
            elif subj.i != top.i:
                continue
            late = [c for c in noun.children if c.dep_ == "acl" and c.i > noun.i and doc[c.i - 1].text == ","]
            tok.head, tok.dep_ = verb, "ccomp"
            subj.head, subj.dep_ = tok, "nsubj"
            noun.head, noun.dep_ = tok, "dobj"
            for c in late:
                c.head, c.dep_ = verb, "advcl"

    def _finite_verbs_read_as_place_modifiers(self, doc: Doc) -> None:
        """(h25d) "Army officers[nsubj → were] in Guinea-Bissau seized[amod → power] power[pobj of in] on Wednesday,
        detaining ...": a past verb (VBD) read as a modifier of the noun right after it, which the parser made the object
        of a locative preposition on the sentence's subject (repairs.yaml `place_modifier_prepositions`), right after a
        name it hung on that noun (a place's: the pass runs before the NER), is the subject's verb: the name is the preposition's object, the noun the
        verb's object, the subject's phrases after the verb (time, a participle clause after a comma) the verb's, and the
        verb takes the subject's clause's place (the sentence's root, the clause it held under it)."""
        for tok in doc:
            if tok.dep_ != "amod" or tok.tag_ != "VBD" or tok.head.i != tok.i + 1 or tok.i < 1:
                continue
            noun, name = tok.head, doc[tok.i - 1]
            prep = noun.head
            if noun.dep_ != "pobj" or prep.lower_ not in self.place_modifier_preps or prep.i >= name.i:
                continue
            subj = prep.head
            if subj.dep_ != "nsubj" or subj.pos_ not in ("NOUN", "PROPN") or subj.i > prep.i \
                    or name.pos_ != "PROPN" or not name.is_title or name.head.i != noun.i:
                continue
            old = subj.head
            if old.dep_ != "ROOT" or old.i < noun.i:
                continue
            late = [c for c in subj.children if c.i > noun.i]
            tok.head, tok.dep_, tok.pos_ = tok, "ROOT", "VERB"
            old.head, old.dep_ = tok, "advcl"
            subj.head = tok
            name.head, name.dep_ = prep, "pobj"
            noun.head, noun.dep_ = tok, "dobj"
            for c in late:
                c.head = tok
                if c.dep_ == "acl":
                    c.dep_ = "advcl"

    def _verb_lemma(self, tok: Token, tag: str = "VBN") -> str | None:
        """The verb lemma of a participle the tagger read as an adjective ("armed" → "arm"), or None."""
        lemmatizer = self.nlp.get_pipe("lemmatizer") if self.nlp is not None and "lemmatizer" in self.nlp.pipe_names else None
        if lemmatizer is None or not hasattr(lemmatizer, "rule_lemmatize"):
            return None
        one = Doc(tok.doc.vocab, words=[tok.lower_])  # (a fresh token: the adjective's reading is cached)
        one[0].pos_, one[0].tag_ = "VERB", tag
        lemma = lemmatizer.rule_lemmatize(one[0])[0]
        return lemma if lemma != tok.lower_ else None

    def _names_read_as_root_nouns(self, doc: Doc) -> None:
        for sent in doc.sents:
            self._name_read_as_root_noun(sent)
            self._name_read_as_participle_modifier(sent)
            self._name_and_verb_read_as_object_modifiers(sent)
            self._verb_read_as_object_modifier(sent)

    def _verbs_read_as_participles(self, doc: Doc) -> None:
        for sent in doc.sents:
            self._verb_read_as_participle(sent)

    @staticmethod
    def _verb_read_as_participle(sent) -> None:
        """A sentence with no finite verb whose subject noun heads it, its verb read as a participle on
        it ("The EU's top diplomat[ROOT] called[acl] on Israel to allow aid into Gaza"): the verb heads
        the sentence and the noun is its subject. Only a verb that governs an object, a clause or an
        open complement: a headline's passive ("Aid convoy attacked near Gaza") stays as it is."""
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent if t.pos_ in ("VERB", "AUX")):
            return
        verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > root.i), None)
        if verb is None or any(c.dep_ in ("agent", "auxpass", "aux", "nsubj", "nsubjpass") for c in verb.children) \
                or not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) \
                or any(t.pos_ in ("VERB", "AUX") and t.i < verb.i for t in sent if t.i > root.i):
            return
        children = [c for c in root.children if c.i > verb.i]
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        for c in children:
            c.head = verb
        root.head, root.dep_ = verb, "nsubj"

    def _verbs_read_as_dated_modifiers(self, doc: Doc) -> None:
        """(h24f) "South Korea's Constitutional Court[ROOT] on Friday[pobj] upheld[amod → parliament] parliament's
        impeachment[pobj of on] of President Yoon": a past verb right after the date of a time phrase on the subject
        (repairs.yaml `dated_subject_prepositions`, `dated_subject_days`), read as a modifier inside a second object of that phrase, is the
        subject's verb and that object its own. When the subject noun heads the sentence, the verb heads it instead;
        when the subject is a later verb's ("... and removed[ROOT] him from office"), that verb is the first one's
        conjunct (and so shares its subject)."""
        for prep in doc:
            if prep.dep_ != "prep" or prep.lower_ not in self.dated_subject_preps:
                continue
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if len(objs) != 2 or objs[0].lower_ not in self.dated_subject_days or objs[1].pos_ not in ("NOUN", "PROPN"):
                continue
            date, obj = objs
            verb = doc[date.i + 1] if date.i + 1 < len(doc) else None
            subj = prep.head
            if verb is None or verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("amod", "acl") \
                    or verb.i not in {t.i for t in obj.subtree} or any(c.dep_ in ("auxpass", "agent") for c in verb.children) \
                    or subj.pos_ not in ("NOUN", "PROPN") or subj.i > prep.i:
                continue
            if subj.dep_ == "ROOT":
                later = [c for c in subj.children if c.i > obj.i]
                verb.head, verb.dep_ = verb, "ROOT"
                for c in later:
                    c.head = verb
                subj.head, subj.dep_ = verb, "nsubj"
            elif subj.dep_ == "nsubj" and subj.head.dep_ == "ROOT" and subj.head.pos_ == "VERB" and subj.head.i > obj.i:
                main = subj.head
                cc = [c for c in subj.children if c.dep_ == "cc" and c.i > obj.i]
                verb.head, verb.dep_ = verb, "ROOT"
                for c in cc:
                    c.head = verb
                for c in [c for c in main.children if c.i < verb.i and c.i != subj.i]:
                    c.head = verb
                subj.head = verb
                main.head, main.dep_ = verb, "conj"
            else:
                continue
            verb.tag_, verb.pos_ = "VBD", "VERB"
            prep.head = verb
            obj.head, obj.dep_ = verb, "dobj"

    def _gerunds_joined_to_their_like(self, doc: Doc) -> None:
        for tok in doc:
            if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ != "VBG" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
                self._gerund_joined_to_its_like(tok)

    def _participles_and_trailing_reporters(self, doc: Doc) -> None:
        """A hung root read as a participle on the noun before it is a verb again; a trailing
        "said" read as a participle gets its reporter."""
        for tok in doc:
            if tok.dep_ in self.participle_deps and tok.tag_ in self.participle_tags and self._closes_apposition(tok):
                # "The gang's leader[ROOT], Jimmy Cherizier[appos], threatened[acl of Cherizier] to attack":
                # the verb after the apposition is the root noun's, as after a relative clause
                tok.head = tok.head.head
            if tok.dep_ in self.participle_deps and tok.tag_ in self.finite_phrase_tags \
                    and self._phrase_root_verb(tok) is not None:
                # (h22c) "Organisers of the rally[pobj] called[acl] on the government to resign": a finite verb
                # right after the root noun's "of" phrase is the root noun's verb
                tok.head = self._phrase_root_verb(tok)
                self._promote(tok)
            elif tok.dep_ in self.participle_deps and tok.tag_ in self.participle_tags \
                    and self._phrase_hung_verb(tok, self.reporting):
                # (p23) "Israeli strikes[ROOT] during those hours[pobj] killed[acl → hours] at least 13 people": the verb
                # with an object right after a phrase on the root noun is the root noun's; so after a verb of speech
                # whose object the parser made that noun ("said Israeli strikes[dobj] during those hours killed ...")
                noun = tok.head.head.head
                if noun.dep_ == "ROOT":
                    tok.head = noun
                    self._promote(tok)
                else:
                    said = noun.head
                    tok.head, tok.dep_ = said, "ccomp"
                    if tok.tag_ == "VBN":
                        tok.tag_ = "VBD"
                    noun.head, noun.dep_ = tok, "nsubj"
            elif tok.dep_ in self.participle_deps and tok.tag_ in self.participle_tags and self._root_verb(tok):
                self._promote(tok)
            elif tok.dep_ in self.participle_deps and tok.tag_ in self.participle_tags:
                reporter = self._trailing_reporter(tok)
                if reporter is not None:
                    self._report(tok, reporter)

    def _distributive_appositions(self, doc: Doc) -> None:
        """"arrested two men, both police officers[dobj → appos]", "detained five people, all members[npadvmod
        → appos] of the opposition": a noun phrase set off by a comma right after the object, opened by a
        distributive determiner (repairs.yaml `apposition_determiners`), says who the object is."""
        for tok in doc:
            if tok.dep_ not in ("dobj", "npadvmod") or tok.head.pos_ not in ("VERB", "AUX"):
                continue
            det = tok.doc[tok.left_edge.i]
            if det.lower_ not in self.apposition_determiners or det.head.i != tok.i:
                continue
            first = _object_before_comma(tok)
            if first is not None:
                tok.head, tok.dep_ = first, "appos"

    def _summary_appositions(self, doc: Doc) -> None:
        """"imposed sanctions on a dozen companies, a move[dobj / npadvmod → appos] Tehran called 'economic
        terrorism'": an act noun (modality.yaml `summary_nouns`) set off by a comma right after the verb's
        object sums up the clause; the parser makes it a second object. It is the object's apposition, as the
        coder reads a summing noun (its author is the clause's doer)."""
        for tok in doc:
            if tok.dep_ not in ("dobj", "npadvmod") or tok.head.pos_ not in ("VERB", "AUX") \
                    or tok.lemma_.lower() not in self.summary_nouns:
                continue
            first = _object_before_comma(tok)
            if first is not None:
                tok.head, tok.dep_ = first, "appos"

    def _quoted_predicates(self, doc: Doc) -> None:
        """(p23) "called the Baltic sanctions "unjustified[amod → oprd] and counterproductive"", "called the verdict "very
        surprising[amod]"": after a verb of naming (modality.yaml `naming_verbs`), an adjective the parser hung after
        the verb's object, opened by a quotation mark, is what the object is called (its predicate), not a modifier."""
        for tok in doc:
            if not (tok.dep_ == "amod" and tok.pos_ == "ADJ" or tok.dep_ == "acl" and (tok.tag_ in ("VBN", "JJ") or tok.pos_ == "ADJ")) \
                    or tok.head.dep_ != "dobj" or tok.i <= tok.head.i:
                continue  # (an adjective, or a participle read as a clause on the object: "biased[acl]")
            verb = tok.head.head
            if verb.lemma_.lower() not in self.naming_verbs:
                continue
            first = tok.left_edge
            if first.i <= tok.head.i or doc[first.i - 1].text not in ('"', "“", "'", "‘"):
                continue  # (a quotation mark opens the adjective's phrase, after the object)
            tok.head, tok.dep_ = verb, "oprd"

    def _naming_gaps(self, doc: Doc) -> None:
        """"a move Kyiv called a positive step[dobj → oprd]", "a move that[dobj] Moscow called a
        provocation[dobj → oprd]": in a relative clause on a noun whose object is the gap or a relative
        pronoun, a verb of naming (modality.yaml `naming_verbs`) with a subject and one common-noun object
        after it names the noun it is on; the parser's object is the predicate. Not a time's clause ("the day
        Trump called Putin") nor a name or pronoun called."""
        for tok in doc:
            if tok.dep_ in ("ccomp", "pcomp") and tok.lemma_.lower() in self.naming_verbs:
                self._free_relative_name(tok)
                continue
            if tok.dep_ != "relcl" or tok.lemma_.lower() not in self.naming_verbs or tok.head.pos_ != "NOUN" \
                    or tok.head.ent_type_ in ("DATE", "TIME"):
                continue
            kids = list(tok.children)
            objs = [c for c in kids if c.dep_ == "dobj" and c.i > tok.i]
            # (the gap, or a relative pronoun as the object before the verb: "a move that[dobj] Moscow called
            # a provocation[dobj]")
            before = [c for c in kids if c.i < tok.i and c.dep_ not in ("nsubj", "aux", "neg", "advmod", "punct")]
            if len(objs) == 1 and objs[0].pos_ == "NOUN" \
                    and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in kids if c.i < tok.i) \
                    and all(c.tag_ == "WDT" and c.dep_ in ("dobj", "dep") for c in before) \
                    and not any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in kids):
                objs[0].dep_ = "oprd"

    def _free_relative_name(self, tok: Token) -> None:
        """(h23b) "dismissed what[dobj] it called baseless accusations[dobj → oprd] by[→ accusations] Israel": in a free
        relative of naming (modality.yaml `free_relative_pronouns`, `naming_verbs`) with a subject, the one common noun
        after the verb is its predicate, the name, and a phrase of `named_author_prepositions` the parser hung on the
        verb after it is that noun's (an active "it called" has no agent)."""
        kids = list(tok.children)
        objs = [c for c in kids if c.dep_ == "dobj" and c.i > tok.i]
        if len(objs) != 1 or objs[0].pos_ != "NOUN" \
                or not any(c.dep_ == "dobj" and c.i < tok.i and c.lower_ in self.free_relatives for c in kids) \
                or not any(c.dep_ == "nsubj" and c.i < tok.i for c in kids) \
                or any(c.dep_ in ("oprd", "attr", "ccomp", "xcomp") for c in kids):
            return
        name = objs[0]
        name.dep_ = "oprd"
        for c in kids:
            if c.dep_ == "prep" and c.i > name.i and c.lower_ in self.named_author_preps:
                c.head = name

    @staticmethod
    def _only_adjuncts_between(doc: Doc, verb: Token, end: int) -> bool:
        """Whether the tokens between a verb and position `end` are none, or whole phrases of the verb's own
        adjuncts (a prepositional phrase, an adverb, a bare time noun), with no punctuation."""
        for t in doc[verb.i + 1:end]:
            if t.is_punct:
                return False
            top = t
            while top.head != verb and top.head != top and verb.i < top.head.i < end:
                top = top.head
            if top.head != verb or top.dep_ not in ("prep", "advmod", "npadvmod", "tmod"):
                return False
        return True

    def _object_relatives_read_as_roots(self, doc: Doc) -> None:
        """(h23b) "The sanctions[ROOT] that the EU[nsubj] imposed[acl] on Russia took[relcl] effect", "The deal[ROOT] that[dobj]
        the two sides signed[acl] in Doha collapsed[relcl]": a relative clause on a noun whose gap is the object, read
        as a participle on its subject, with the sentence's verb read as the relative clause. The participle (no object
        or subject of its own) is the relative clause with "that" its object; the later verb is the root, the noun its
        subject."""
        for noun in doc:
            if noun.dep_ != "ROOT" or noun.pos_ != "NOUN":
                continue
            verbs = [c for c in noun.children if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and c.i > noun.i]
            if len(verbs) != 1:
                continue
            main = verbs[0]
            rel = next((c for c in main.children if c.i == noun.i + 1 and c.tag_ == "WDT" and c.dep_ in ("mark", "dobj")), None)
            subj = next((c for c in main.children if c.dep_ == "nsubj" and rel is not None and rel.i < c.i < main.i), None)
            if rel is None or subj is None:
                continue
            part = next((c for c in subj.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.pos_ == "VERB"
                         and c.i == subj.i + 1 and c.right_edge.i < main.i), None)
            if part is None or any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "auxpass", "agent") for c in part.children) \
                    or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != subj.i for c in main.children):
                continue
            later = [c for c in noun.children if c.i > main.i]
            main.head, main.dep_ = main, "ROOT"
            part.head, part.dep_, part.tag_ = noun, "relcl", "VBD"
            rel.head, rel.dep_ = part, "dobj"
            subj.head, subj.dep_ = part, "nsubj"
            passive = any(c.dep_ == "auxpass" for c in main.children)
            noun.head, noun.dep_ = main, ("nsubjpass" if passive else "nsubj")
            for c in later:
                c.head = main

    def _contact_relatives(self, doc: Doc) -> None:
        """A relative clause on a summing noun the parser did not read as one (h21h): "..., a charge
        Beijing[appos] has denied[charge its nsubj]", "..., an accusation Moscow[compound] rejects[NNS relcl]"
        and "an accusation that[mark] Moscow has rejected": the name after the noun is the clause's subject and
        the noun (or "that") the gap, its object. For the first two, only a common noun set off by a comma
        right before its phrase (a noun summing up what was just told); never a clause that has an object of
        its own, nor a noun of time ("the day that he arrived")."""
        def bare(verb: Token) -> bool:
            # (a clause before the verb is the parser's reading of the sentence told before: "X accused Y of
            # ..., a charge Z denied" reads "accused" as the complement of "denied")
            return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "nsubjpass", "dative", "acomp")
                           and (c.i > verb.i or c.dep_ not in ("ccomp", "xcomp")) for c in verb.children)

        def after_comma(noun: Token) -> bool:
            first = noun.left_edge
            return noun.pos_ == "NOUN" and first.i > 0 and doc[first.i - 1].text == ","

        for tok in doc:
            if tok.dep_ == "relcl" and tok.pos_ in ("VERB", "AUX") and tok.head.pos_ == "NOUN" \
                    and tok.head.ent_type_ not in ("DATE", "TIME") and bare(tok):
                marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < tok.i]
                if marks and any(c.dep_ == "nsubj" and marks[0].i < c.i < tok.i for c in tok.children) \
                        and not any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                                    for c in tok.children):
                    marks[0].dep_ = "dobj"
                continue
            if tok.dep_ == "relcl" and tok.tag_ == "NNS" and tok.head.pos_ == "NOUN" and after_comma(tok.head) \
                    and tok.i == tok.head.i + 2 and not any(c.dep_ != "compound" for c in tok.children):
                # "an accusation Moscow[compound] rejects[NNS]": the plural noun is the clause's verb
                name = doc[tok.i - 1]
                if name.dep_ == "compound" and name.head == tok and name.pos_ == "PROPN":
                    tok.tag_, tok.pos_ = "VBZ", "VERB"
                    name.dep_ = "nsubj"
                continue
            if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.head.i == tok.i - 1 and after_comma(tok.head) \
                    and tok.head.dep_ == "nsubj" and tok.head.head.pos_ == "VERB" and tok.head.head.i > tok.i \
                    and bare(tok.head.head) and not any(c.dep_ in ("nsubj", "nsubjpass") and c != tok.head
                                                        for c in tok.head.head.children):
                # "a charge[nsubj] Beijing[appos] has denied": the name is the subject, the noun the gap
                noun, verb = tok.head, tok.head.head
                noun.dep_ = "dobj"
                tok.head, tok.dep_ = verb, "nsubj"

    def _quoted_names(self, doc: Doc) -> None:
        """"Vizcarra called the charges "political persecution"[appos → oprd]": a phrase in quotation marks
        right after the object of a verb of naming (modality.yaml `naming_verbs`), which the parser reads as the
        object's apposition, is what the verb calls it. Not one set off by a comma ("the charges, "a farce"")."""
        for tok in doc:
            if tok.dep_ != "appos" or tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.left_edge.i < 1:
                continue
            obj = tok.head
            verb = obj.head
            if obj.dep_ != "dobj" or verb.lemma_.lower() not in self.naming_verbs or verb.pos_ != "VERB" \
                    or any(c.dep_ == "oprd" for c in verb.children):
                continue
            first = tok.left_edge
            mark = first if first.tag_ == "``" else doc[first.i - 1]
            before = doc[mark.i - 1]
            # (the mark comes right after the object's own words)
            if mark.tag_ == "``" and before.i >= obj.i and before.is_alpha and before.i not in {t.i for t in tok.subtree} \
                    and before.i in {t.i for t in obj.subtree}:
                mark.head = tok
                tok.head, tok.dep_ = verb, "oprd"

    @staticmethod
    def _nouns_joined_to_verbs(doc: Doc) -> None:
        """A noun read as a conjunct of a verb joins the noun phrase that ends before its ", and":
        "issued warrants for the region's prime minister, Radovan Viskovic, and the speaker[conj of
        issued → of minister] of its parliament, Nenad Stevandic"."""
        for tok in doc:
            if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN") or tok.head.pos_ not in ("VERB", "AUX") \
                    or tok.i < 3:
                continue
            cc = next((c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i and c.i == tok.left_edge.i - 1), None)
            if cc is not None and doc[cc.i - 1].text != "," and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in tok.children):
                # (h20e) "fired tear gas at protesters and a group[conj of fired] of journalists": with no comma, a
                # noun joined right after the object of one of the verb's own prepositions is that object's conjunct
                phrase = doc[cc.i - 1]
                while phrase.head.i < cc.i and phrase.head.i != phrase.i and phrase.dep_ not in ("pobj", "prep"):
                    phrase = phrase.head
                if phrase.dep_ == "pobj" and phrase.pos_ in ("NOUN", "PROPN") and phrase.head.dep_ == "prep" \
                        and phrase.head.head.i == tok.head.i:
                    tok.head = phrase
                    cc.head = phrase
                continue
            if cc is None or doc[cc.i - 1].text != ",":
                continue
            phrase = doc[cc.i - 2]
            while phrase.dep_ in ("appos", "compound", "poss", "amod", "nummod") and phrase.head.i < cc.i \
                    and phrase.head.i != phrase.i:
                phrase = phrase.head
            if phrase.pos_ in ("NOUN", "PROPN") and phrase.dep_ in ("pobj", "dobj") and phrase.head.i != tok.head.i \
                    or phrase.dep_ == "pobj":
                tok.head = phrase
                cc.head = phrase

    @staticmethod
    def _objects_hung_on_results(doc: Doc) -> None:
        """"Police shot dead[acomp] eight protesters[dobj of dead]": an adjective completing a verb takes no
        direct object, so one hung on it is the verb's, when the verb has none of its own (the result
        adjective of "shot dead", "beat unconscious", "set free" stays the verb's complement)."""
        for tok in doc:
            if tok.dep_ != "dobj" or tok.head.pos_ != "ADJ" or tok.head.dep_ not in ("acomp", "oprd", "advmod"):
                continue
            verb = tok.head.head
            if verb.pos_ != "VERB" or verb.i > tok.head.i or any(c.dep_ == "dobj" for c in verb.children):
                continue
            tok.head = verb

    def _double_objects(self, doc: Doc) -> None:
        """"gave each of the crew[dobj → dative] 5 million dong[dobj] in aid": of two direct objects of a verb of
        giving (repairs.yaml `double_object_verbs`), the first is the recipient."""
        for tok in doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.double_object_verbs:
                continue
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
            if len(objs) == 2 and not any(c.dep_ in ("dative", "iobj") for c in tok.children):
                objs[0].dep_ = "dative"
            elif len(objs) < 2:
                # ... and the thing given that it hangs on the recipient instead (read as the dative or the object),
                # as its object or, with no comma between, its apposition ("awarded a Ukrainian medic[dative/dobj]
                # the George Medal[dobj/appos of medic]"): the verb's own object, the first its recipient
                for rec in [c for c in tok.children if c.dep_ == ("dobj" if objs else "dative") and c.i > tok.i]:
                    # (a thing with its own article, no name in apposition: "send its foreign minister Wang Yi")
                    given = [g for g in rec.children if g.i > rec.i and g.ent_type_ != "PERSON"
                             and any(d.dep_ == "det" and d.lower_ in ("the", "a", "an") for d in g.children)
                             and (g.dep_ == "dobj" or g.dep_ == "appos"
                                  and doc[g.left_edge.i - 1].text not in (",", "(", "-", "--", "—", "–", ":"))]
                    if given:
                        given[0].head = tok
                        given[0].dep_ = "dobj"
                        rec.dep_ = "dative"
                        break

    def _naming_predicates(self, doc: Doc) -> None:
        """(h24a) "Putin called Trump[dobj] a brave man[dobj]": a verb of naming or designating (repairs.yaml
        `predicate_naming_verbs`) with two direct objects, the second with its own article, names the first so: the
        second is its predicate (oprd). (h25f) So too the other readings the small parser gives the two: the first as a
        dative ("designated Russia[dative] a terrorist state[dobj]"), the second as the first's apposition with no comma
        ("designated the Houthis[dative] a terrorist organisation[appos]"), or the two as a verbless small clause
        ("declared Russia[nsubj] a terrorist state[ccomp]"): the first is the object (dobj), the last the predicate."""
        for tok in doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.predicate_naming_verbs:
                continue
            if any(c.dep_ == "oprd" for c in tok.children):
                continue
            objs = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i > tok.i]
            first = pred = None
            if len(objs) == 2 and objs[0].right_edge.i + 1 == objs[1].left_edge.i and objs[1].dep_ == "dobj":
                first, pred = objs
            elif len(objs) == 1:
                first = objs[0]
                # (no comma or other mark between, past any opening quotation mark: 'called the decision, "a farce"')
                pred = next((g for g in first.children if g.dep_ == "appos" and g.i > first.i and g.ent_type_ != "PERSON"
                             and not any(doc[j].text in (",", "(", "-", "--", "—", "–", ":", ";")
                                         for j in range(first.i + 1, g.i))), None)
                if pred is None and not any(c.dep_ == "cc" for c in tok.children):
                    # (h32d) "declared Mexico's ambassador[dobj], Raquel Serur[appos], persona[conj of declared] non grata":
                    # with the object's name between commas, a noun the parser joined to the verb with no "and", right
                    # after the closing comma, is the predicate (no article needed: it is no second object), an open
                    # complement as the parser reads it without the name ("declared the consul, X, persona[xcomp] non grata")
                    named = next((g for g in first.children if g.dep_ == "appos" and g.i > first.i
                                  and doc[g.left_edge.i - 1].text == "," and g.right_edge.i + 1 < len(doc)
                                  and doc[g.right_edge.i + 1].text == ","), None)
                    after = named.right_edge.i + 2 if named is not None else -1
                    bare = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                                 and c.left_edge.i == after), None)
                    if bare is not None:
                        bare.head, bare.dep_ = tok, "xcomp"
                        continue
            elif not objs:
                # ("declared Russia[nsubj] a terrorist state[ccomp]": a noun clause with no verb of its own)
                pred = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and c.pos_ == "NOUN"
                             and not any(g.dep_ in ("aux", "auxpass", "cop", "mark", "neg") for g in c.children)), None)
                first = next((g for g in pred.children if g.dep_ == "nsubj" and g.i < pred.i
                              and pred.is_ancestor(doc[g.right_edge.i + 1])), None) if pred is not None else None
            if first is None or pred is None or pred.dep_ != "dobj" and pred.pos_ not in ("NOUN", "PROPN") \
                    or not any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in pred.children):
                continue
            first.head, first.dep_ = tok, "dobj"
            pred.head, pred.dep_ = tok, "oprd"

    def _verbs_joined_to_predicates(self, doc: Doc) -> None:
        """(h24a) "called the talks constructive[oprd] and thanked[conj of constructive] Pakistan", "called the summit a
        milestone[amod of Trump] and thanked[conj of milestone] Trump[oprd of called]": a finite verb joined by "and" to a
        word of the clause's object or predicate is the clause verb's conjunct; the phrase right after it that the parser
        gave to the clause verb is its object, and a predicate noun hung on that phrase is the clause verb's again."""
        for tok in doc:
            if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBN", "VBZ") \
                    or tok.head.pos_ not in ("NOUN", "ADJ", "PROPN") or tok.head.i > tok.i:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
                continue
            cc = doc[tok.i - 1] if tok.i > 0 else None
            if cc is None or cc.dep_ != "cc" or cc.head.i != tok.head.i:
                continue
            # (only through the object's or predicate's phrase: "said the suspect was[AUX] a militant and killed" is
            # the suspect's)
            verb, a = None, tok.head
            while a.dep_ in ("amod", "compound", "nmod", "appos", "det", "preconj", "nummod", "oprd", "dobj") and a.head.i != a.i:
                if a.head.pos_ == "VERB":
                    verb = a.head if a.dep_ in ("oprd", "dobj") else None
                    break
                a = a.head
            if verb is None or verb.tag_ not in ("VBD", "VBZ") \
                    or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue
            if not any(c.dep_ == "dobj" for c in tok.children) and tok.i + 1 < len(doc):
                nxt = doc[tok.i + 1]
                obj = next((c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.i > tok.i
                            and c.left_edge.i <= nxt.i <= c.i), None)
                if obj is not None:
                    for c in list(obj.children):
                        if c.i < tok.i and c.pos_ in ("NOUN", "ADJ"):
                            c.head, c.dep_ = verb, "oprd"
                    obj.head, obj.dep_ = tok, "dobj"
            if tok.tag_ == "VBN":
                tok.tag_ = verb.tag_
            cc.head = verb
            tok.head = verb

    def _appeals_hung_on_mediums(self, doc: Doc) -> None:
        """"called in a joint statement[pobj] for[prep of statement] the immediate withdrawal": the appeal's own
        preposition (repairs.yaml `appeal_object_prepositions`) hung on the medium it was made in, which stands
        between them (`appeal_medium_prepositions`, modality.yaml `statement_nouns`), is the appeal verb's
        (`appeal_complement_verbs`), when the verb has none of its own."""
        for tok in doc:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.appeal_verbs \
                    or any(c.dep_ in ("prep", "prt") and c.lower_ in self.appeal_objects and c.i > tok.i
                           and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in tok.children):
                continue
            for medium in [c for c in tok.children if c.dep_ == "prep" and c.lower_ in self.appeal_mediums and c.i == tok.i + 1]:
                for noun in [g for g in medium.children if g.dep_ == "pobj" and g.lemma_.lower() in self.statement_nouns]:
                    prep = next((g for g in noun.children if g.dep_ == "prep" and g.lower_ in self.appeal_objects
                                 and g.i > noun.i), None)
                    if prep is not None:
                        prep.head = tok
                        break

    def _prepositions_read_as_marks(self, doc: Doc) -> None:
        """"announced restrictions on[mark] Georgian officials[nsubj] "responsible[advcl] for ..."": a verbless
        clause (an adjective with no copula or auxiliary) opened by a preposition (repairs.yaml
        `adjective_clause_prepositions`) right before its noun subject is a prepositional phrase of the verb, the
        noun its object and the adjective the noun's modifier. The same when the preposition is read as the
        verb's with the adjective its clausal object ("on[prep] Iranian officials[nsubj] "responsible[pcomp] ...")."""
        for adj in doc:
            if adj.pos_ != "ADJ" or any(c.dep_ in ("aux", "auxpass", "cop") for c in adj.children):
                continue
            subj = [c for c in adj.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
            if adj.dep_ == "advcl" and adj.head.pos_ == "VERB":
                marks = [c for c in adj.children if c.dep_ == "mark"]
            elif adj.dep_ == "pcomp" and adj.head.dep_ == "prep" and adj.head.head.pos_ == "VERB":
                marks = [adj.head]
            else:
                continue
            if len(marks) != 1 or len(subj) != 1 or marks[0].lower_ not in self.adjective_clause_preps \
                    or not marks[0].i < subj[0].i < adj.i or subj[0].left_edge.i != marks[0].i + 1:
                continue
            mark, noun = marks[0], subj[0]
            if mark.dep_ == "mark":
                mark.head, mark.dep_ = adj.head, "prep"
            noun.head, noun.dep_ = mark, "pobj"
            adj.head, adj.dep_ = noun, "amod"

    def _agents_hung_on_phrases(self, doc: Doc) -> None:
        """"Chadema was barred from the race by[→ race] the electoral commission": a "by" phrase the parser
        hung on the noun of a passive verb's own phrase is the verb's agent, when the verb has none and the
        noun is no act with an agent of its own (modality.yaml `own_agent_nouns`: "released after mediation
        by Oman")."""
        for tok in doc:
            if tok.dep_ != "prep" or tok.lower_ != "by" or tok.head.dep_ != "pobj" or tok.head.pos_ != "NOUN":
                continue
            noun, prep = tok.head, tok.head.head
            verb = prep.head
            if prep.dep_ != "prep" or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) \
                    or any(c.dep_ == "agent" for c in verb.children) or noun.lemma_.lower() in self.own_agent_nouns:
                continue
            tok.head, tok.dep_ = verb, "agent"

    def _participles_hung_on_venues(self, doc: Doc) -> None:
        """(p25) "The talks at the Dolmabahce Palace[pobj], hosted[acl → Palace] by Turkish Foreign Minister Hakan Fidan,
        lasted ...": a hosting participle with a by-agent (repairs.yaml `venue_participles`) hung on the place of a
        meeting noun's own phrase (`venue_prepositions`, `venue_event_nouns`) is the meeting's."""
        for tok in doc:
            if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in self.venue_participles \
                    or not any(c.dep_ == "agent" for c in tok.children):
                continue
            place, prep = tok.head, tok.head.head
            if place.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in self.venue_preps:
                continue
            noun = prep.head
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.venue_events or tok.i < noun.i:
                continue
            tok.head = noun

    def _agents_of_active_objects(self, doc: Doc) -> None:
        """(h24e) "The council had dismissed[active] several petitions by[agent or prep → petitions] opposition candidates":
        a "by" phrase on a verb in the active (a subject, no passive auxiliary), right after its object, is the object's
        own when the object is a thing someone files or makes (repairs.yaml `authored_object_nouns`: "petitions by the
        opposition"; "cut aid by half" keeps its "by").
        (h26b) The same for an act named by a noun (`agented_act_nouns`: "Human Rights Watch documented killings of
        civilians by[→ killings] soldiers"), also when the object only counts or frames it ("documented cases of torture
        by[→ torture] police"), and for a "by" phrase the parser hung on a noun whose "of" phrase names such an act,
        which ends right before it ("after three days[pobj] of demonstrations in Dhaka by[→ demonstrations] the
        opposition"); never a "by" phrase of a number or a measure ("cut attacks by half", `by_measure_words`)."""
        for tok in doc:
            if tok.dep_ not in ("agent", "prep") or tok.lower_ != "by":
                continue
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is None or any(t.like_num or t.lemma_.lower() in self.by_measure_words for t in pobj.subtree):
                continue
            verb = tok.head
            if verb.pos_ in ("NOUN", "PROPN"):
                # a "by" phrase on a noun: its "of" phrase's act ("three days of demonstrations ... by")
                act = self._act_of_phrase(verb, tok)
                if act is not None and verb.lemma_.lower() not in self.agented_acts:
                    tok.head = act
                continue
            objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i and c.right_edge.i + 1 == tok.i]
            if not objs or not any(c.dep_ == "nsubj" for c in verb.children) \
                    or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
                continue
            if objs[0].lemma_.lower() in self.authored_objects | self.agented_acts:
                tok.head, tok.dep_ = objs[0], "prep"
                continue
            act = self._act_of_phrase(objs[0], tok)
            if act is not None:
                tok.head, tok.dep_ = act, "prep"

    def _act_of_phrase(self, noun: Token, by: Token) -> Token | None:
        """(h26b) The act noun (`agented_act_nouns`) of the noun's "of" phrase, when that phrase ends right before `by`."""
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < by.i:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and obj.lemma_.lower() in self.agented_acts and obj.right_edge.i + 1 == by.i:
                    return obj
        return None

    def _joined_people_and_report_phrases(self, doc: Doc) -> None:
        for tok in doc:
            if tok.dep_ == "cc" and tok.lower_ in ("and", "or"):
                self._titled_people_joined(tok, self.titles)
                self._joined_title_word(tok, self.titles, self.portfolio_words)
            elif tok.dep_ in ("prep", "npadvmod") and tok.head.dep_ == "ccomp" and tok.head.head.i < tok.i < tok.head.i:
                # "Mali said on[→said] Sunday it would expel the French ambassador": a phrase between the
                # reporting verb and its clause's subject is the report's (the expulsion is not dated Sunday)
                subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj and tok.i < subj[0].left_edge.i and not any(
                        c.dep_ == "mark" and c.i < tok.i for c in tok.head.children):
                    tok.head = tok.head.head

    def _comitative_subjects(self, doc: Doc) -> None:
        """(h22c) "Germany, along with France, condemned ...", "Russia, together with China, vetoed ...": the object of
        a comitative phrase (repairs.yaml `comitative_phrases`) between a subject and its verb, on either, does the
        verb with the subject, as its conjunct ("Germany and France condemned")."""
        for tok in doc:
            if tok.lower_ != "with" or tok.dep_ != "prep":
                continue
            lead = doc[tok.i - 1] if tok.i > 0 else None
            if lead is None or f"{lead.lower_} with" not in self.comitative_phrases:
                continue
            obj = next((c for c in tok.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is None:
                continue
            # the subject and the verb around the phrase
            holder = tok.head if tok.head.i != lead.i else lead.head
            if holder.pos_ in ("VERB", "AUX"):
                verb = holder
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < lead.i), None)
            else:
                subj, verb = holder, holder.head
                if subj.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
                    continue
            if subj is None or subj.pos_ not in ("NOUN", "PROPN") or not subj.i < lead.i < obj.i < verb.i \
                    or any(c.dep_ == "conj" for c in subj.children):
                continue
            obj.head, obj.dep_ = subj, "conj"
            tok.head, tok.dep_ = subj, "cc"
            if lead.i != tok.i:
                lead.head, lead.dep_ = tok, "advmod"
            for t in (doc[lead.i - 1], doc[obj.right_edge.i + 1]):
                if t.dep_ == "punct" and t.text == ",":
                    t.head = subj

    def _comitative_objects_after_verbs(self, doc: Doc) -> None:
        """(p23) "Eritrean troops fought alongside Ethiopia's army against the TPLF", "Syrian troops bombed rebel positions
        along with Russian jets": after a verb of joint force (repairs.yaml `comitative_verbs`), the object of a
        comitative phrase (`comitative_after_verbs`) on the verb fights with the subject, as its conjunct. Never "with"
        alone: "fought with the army" is against it."""
        for tok in doc:
            if tok.dep_ != "prep" or tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in self.comitative_verbs:
                continue
            verb = tok.head
            if tok.lower_ in self.comitative_after:
                prep, lead = tok, tok
            elif tok.lower_ in {p.split()[0] for p in self.comitative_after if " " in p}:
                prep = next((c for c in tok.children if c.dep_ == "prep" and f"{tok.lower_} {c.lower_}" in self.comitative_after),
                            None)
                lead = tok
                if prep is None:
                    continue
            else:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
            if obj is None or subj is None or subj.pos_ not in ("NOUN", "PROPN") \
                    or any(c.dep_ == "conj" for c in subj.children):
                continue
            # whom they fought: the verb's object, or a phrase of `comitative_target_prepositions` on the verb or
            # hung on the comitative's object ("alongside M23 rebels against[→rebels] Congolese forces"); with none,
            # "X and Y fought" would be read as a fight between them
            hung = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in self.comitative_targets]
            if not hung and not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in self.comitative_targets)
                                    for c in verb.children):
                continue
            for c in hung:
                c.head = verb
            obj.head, obj.dep_ = subj, "conj"
            lead.head, lead.dep_ = subj, "cc"
            if prep is not lead:
                prep.head, prep.dep_ = lead, "advmod"

    def _names_read_as_shared_modifiers(self, doc: Doc) -> None:
        """(h22c) "attacked Israel[nmod] and U.S.[conj] warships": a country's full name (countries.yaml `names`, written
        neither in capitals nor with a period) coordinated before a plural noun with a nationality adjective or an
        abbreviated name (countries.yaml `adjectives`, `names`), which alone modifies the noun as news writes it ("U.S.
        warships", "Lebanese officials"), is a conjunct of the noun, not its modifier: "Israel and U.S. warships" are
        Israel and the U.S. warships (both warships would be "Israeli and U.S. warships"). (h23e) So is a name of no
        country there: "Congo and M23 rebels signed" are Congo and the M23 rebels."""
        for first in doc:
            if first.dep_ not in ("nmod", "compound"):
                continue
            noun = first.head
            if noun.i <= first.i or noun.pos_ != "NOUN" or noun.tag_ != "NNS":
                continue
            # (h23e) ... or a party's common noun with its own determiner ("The Ethiopian government[nmod] and Tigray
            # rebels", "the government and Houthi rebels"), or one of repairs.yaml `shared_head_parties` after the
            # plural's determiner ("The[→ rebels] army and M23 rebels"), before another's name
            own_det = [c for c in first.children if c.dep_ == "det"]
            lent_det = [c for c in noun.children if c.dep_ == "det" and c.i < first.i] \
                if first.lower_ in self.shared_head_parties else []
            party_noun = first.pos_ == "NOUN" and first.tag_ == "NN" and bool(own_det or lent_det)
            if not party_noun:
                if first.pos_ != "PROPN" or not self._full_name(first):
                    continue
                written = " ".join(t.text for t in doc[first.left_edge.i:first.i + 1] if t.dep_ == "compound" or t.i == first.i)
                if written not in self.country_names:
                    continue
            conj = [c for c in first.children if c.dep_ == "conj" and first.i < c.i < noun.i]
            cc = [c for c in first.children if c.dep_ == "cc" and first.i < c.i < noun.i]
            if len(conj) != 1 or len(cc) != 1 or cc[0].lower_ != "and":
                continue
            second = conj[0]
            name = second.pos_ == "PROPN" and second.text not in self.country_names
            if party_noun and not name or not (second.text in self.country_adjectives
                                               or second.text in self.country_names and not self._full_name(second)
                                               or name and (party_noun or second.ent_type_ != "PERSON")):
                continue  # ((h23e) or a name of no country: "Congo and M23 rebels", "Ethiopia and Tigray rebels")
            if second.i != noun.i - 1 and not all(t.dep_ in ("compound", "amod") and t.head.i == noun.i
                                                  for t in doc[second.i + 1:noun.i]):
                continue
            # the name's own words (a first name part: "South[compound] Korea") stay with it
            for d in lent_det:
                d.head = first
            first.head, first.dep_ = noun.head, noun.dep_
            for t in (cc[0], noun):
                t.head = first
            cc[0].dep_ = "cc"
            noun.dep_ = "conj"
            second.head, second.dep_ = noun, ("amod" if second.pos_ == "ADJ" else "compound")

    def _list_names_read_as_modifiers(self, doc: Doc) -> None:
        """(h33e) A list of names whose later member carries its own determiner or adjectives, which the small parser
        reads as a modifier, an apposition or a bare conjunct ("Russia and the tiny breakaway[conj] Transnistria[appos]", "Fornost[nmod
        → Gondor] and the evil awful[conj] Gondor[nsubj]", "China, the secretive North Korea[appos], and Russia"): the
        name is the list's member and the word read as the conjunct its modifier. Three shapes (repairs.yaml
        `list_names_read_as_modifiers`):
        - a name or noun read as the modifier (nmod, compound) of a later name (PROPN), with an "and" of its own and a conjunct
          chain ending in a word that is no name right before the later name (only that name's modifiers between): the
          first name takes the later one's place, the later name is the chain's conjunct, the word its modifier;
        - a name read as the apposition of a noun right after that noun's last conjunct, a word that is no name: the
          name is the conjunct, the word its modifier;
        - a capitalised word (not the sentence's first, no title of `title_phrase_heads`) read as the apposition of a
          name, set off by commas, followed by the list's "and" on that name: the apposition is a conjunct ("Iran, the
          isolated Syria, and Qatar"); a description ("Iran, the region's biggest power, and Qatar", "Obama, the
          President, and Biden") stays an apposition."""
        mods = self.list_modifier_deps

        def chain_end(tok: Token) -> Token | None:
            last, prev = tok, None
            while True:
                nxt = [c for c in last.children if c.dep_ == "conj" and c.i > last.i]
                if len(nxt) != 1:
                    break
                prev, last = last, nxt[0]
            return (prev, last) if prev is not None else None

        def bare_word(tok: Token, name: Token) -> bool:
            # (a conjunct whose own words hold a name is a member already: "and the evil Arnor[compound] awful[conj]
            # Gondor[appos]" is read as Arnor, as PETRARCH reads the first name)
            return tok.pos_ in ("NOUN", "ADJ") and tok.i < name.i and not any(
                c.dep_ in ("conj", "cc", "prep", "appos") for c in tok.children) \
                and not any(t.pos_ == "PROPN" for t in tok.subtree if t.i != tok.i) \
                and all(t.head.i in (tok.i, name.i) and t.dep_ in mods for t in doc[tok.i + 1:name.i])

        def make_modifier(word: Token, name: Token) -> None:
            for c in list(word.children):
                if c.i < word.i and c.dep_ in mods:
                    c.head = name
            word.head, word.dep_ = name, ("amod" if word.pos_ == "ADJ" else "compound")

        for name in doc:
            if name.pos_ not in ("PROPN", "NOUN"):
                continue
            # shape 1: "Fornost[nmod] and the evil awful[conj] Gondor"
            firsts = [c for c in name.children if c.dep_ in ("nmod", "compound") and c.pos_ in ("PROPN", "NOUN")
                      and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.subtree)]
            if len(firsts) == 1 and name.pos_ == "PROPN" and name.dep_ not in ("conj", "appos", "compound", "nmod"):
                first = firsts[0]
                ends = chain_end(first)
                if ends is not None and bare_word(ends[1], name):
                    prev, word = ends
                    first.head, first.dep_ = (name.head if name.head.i != name.i else first), name.dep_
                    make_modifier(word, name)
                    name.head, name.dep_ = prev, "conj"
                    continue
            if name.dep_ != "appos" or name.head.i >= name.i:
                continue
            head = name.head
            # shape 2: "Russia and the tiny breakaway[conj] Transnistria[appos → Russia]"
            ends = chain_end(head)
            if ends is not None and name.pos_ == "PROPN" and ends[1].i < name.i and bare_word(ends[1], name) \
                    and any(c.dep_ == "cc" for t in (head, *ends) for c in t.children if c.i < ends[1].i):
                prev, word = ends
                make_modifier(word, name)
                name.head, name.dep_ = prev, "conj"
                continue
            # shape 3: "China, the secretive North Korea[appos], and Russia"
            if head.pos_ != "PROPN" or name.i == name.sent.start or not name.text[:1].isupper() \
                    or name.lemma_.lower() in self.title_phrase_heads:
                continue
            after = name.right_edge.i + 1
            if after + 1 >= len(doc) or doc[after].text != "," or doc[name.left_edge.i - 1].text != ",":
                continue
            cc = doc[after + 1]
            if cc.dep_ == "cc" and cc.lower_ == "and" and cc.head.i == head.i:
                name.dep_ = "conj"

    @staticmethod
    def _full_name(tok: Token) -> bool:
        """A name written in full: not in capitals only, and without periods ("Israel", not "U.S.", "UK", "EU")."""
        return "." not in tok.text and not tok.text.isupper()

    def _subjects_read_as_conjuncts(self, doc: Doc) -> None:
        for tok in doc:
            noun = self._subject_read_as_conjunct(tok)
            if noun is not None:
                # "was received by Tamim and the two leaders[conj → nsubj] signed[conj] an agreement"
                cc = doc[noun.left_edge.i - 1]
                noun.head, noun.dep_ = tok, "nsubj"
                if tok.dep_ == "acl":
                    # ... a finite verb read as a clause on the object ("arrested two opposition leaders[dobj]
                    # and soldiers fired[acl of leaders]"): the main verb's conjunct
                    tok.head, tok.dep_ = cc.head.head, "conj"  # (cc still hangs on the object)
                cc.head = tok.head

    @staticmethod
    def _subjects_read_as_phrase_conjuncts(doc: Doc) -> None:
        """(h23d) "In a joint statement on Sunday[pobj], Britain[conj], France and Germany urged Iran ...": a finite verb
        with no subject after a phrase that opens the sentence and ends at a comma, the names between the comma and the
        verb read as conjuncts of the phrase's last noun: the first of them is the verb's subject (the others stay its
        conjuncts)."""
        for verb in doc:
            if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP") \
                    or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children) \
                    or any(a.dep_ in ("aux", "auxpass") and any(g.dep_ in ("nsubj", "nsubjpass") for g in a.children)
                           for a in verb.children):
                continue
            phrase = next((c for c in verb.children if c.dep_ == "prep" and c.i < verb.i
                           and c.left_edge.i == verb.sent.start), None)
            if phrase is None:
                continue
            comma = next((t for t in doc[phrase.i:verb.i] if t.text == ","), None)
            if comma is None or comma.i + 2 > verb.i:
                continue
            first = next((t for t in doc[comma.i + 1:verb.i] if t.dep_ == "conj" and t.left_edge.i == comma.i + 1), None)
            if first is None or first.pos_ not in ("NOUN", "PROPN") or first.head.i >= comma.i or phrase.i > first.head.i:
                continue
            # (h27c) ... also when the last name of the run was hung on the phrase's noun as its apposition ("Later in
            # Sharm el-Sheikh[pobj], Trump[conj] and Egyptian President[conj] Abdel Fattah al-Sisi[appos of Sheikh]
            # signed"): it is the name of the run's last conjunct, whose title it carries
            stray = [t for t in first.head.children if t.dep_ == "appos" and comma.i < t.left_edge.i
                     and t.right_edge.i < verb.i and t.i > first.i]
            end = max([first.right_edge.i, *(t.right_edge.i for t in stray)])
            if end + 1 != verb.i or any(t.left_edge.i != doc[t.left_edge.i - 1].right_edge.i + 1 for t in stray):
                continue
            for name in stray:
                title = doc[name.left_edge.i - 1]
                if title.dep_ != "conj" or title.pos_ not in ("NOUN", "PROPN") or not first.is_ancestor(title):
                    break
                name.head, name.dep_ = title.head, "conj"
                title.head, title.dep_ = name, "compound"
            else:
                first.head, first.dep_ = verb, "nsubj"
                comma.head = verb

    def _mains_after_participles(self, doc: Doc) -> None:
        for tok in doc:
            main = self._main_after_participle(tok)
            if main is not None:
                self._demote(tok, main)

    def _clause_attachments(self, doc: Doc) -> None:
        """Phrases, participles and infinitives the parser hung on the wrong verb or noun."""
        for tok in doc:
            if tok.dep_ == "prep" and tok.lower_ in self.orphan_preps and not any(True for _ in tok.children):
                self._adopt(tok)
            elif tok.dep_ == "prep" and tok.head.dep_ in ("advmod", "prt") and tok.head.lower_ in self.particle_adverbs \
                    and tok.head.head.pos_ == "VERB" and tok.head.i < tok.i:
                tok.head = tok.head.head  # "pull heavy weapons back[advmod] from[→ pull] the border"
            elif tok.dep_ == "prep" and tok.lower_ in self.compound_particles and tok.head.pos_ == "VERB" \
                    and tok.i == tok.head.i + 1 and any(c.dep_ == "prep" for c in tok.children) \
                    and not any(c.dep_ == "pobj" for c in tok.children):
                # "pulled out[prep → prt] of[→ pulled] the talks": the particle of a phrasal verb, its
                # preposition the verb's (repairs.yaml compound_particles)
                for c in [c for c in tok.children if c.dep_ == "prep"]:
                    c.head = tok.head
                tok.dep_, tok.pos_, tok.tag_ = "prt", "ADP", "RP"
            elif tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN") and tok.i > 0 and doc[tok.i - 1].dep_ == "cc" \
                    and tok.i + 1 < len(doc) and tok.i == tok.head.left_edge.i and tok.head.dep_ == "conj" \
                    and (doc[tok.i + 1].pos_ == "DET" or doc[tok.i + 1].dep_ == "poss") \
                    and tok.head.head.dep_ == "dobj" and tok.head.head.head.tag_ == "VBD":
                self._verb_read_as_modifier(tok)
            elif tok.dep_ == "conj" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.head.children) \
                    and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children):
                # the passive auxiliary gapped: "32 civilians were killed and dozens[nsubj → nsubjpass]
                # wounded" (the dozens were wounded, they wounded no one)
                for c in tok.children:
                    if c.dep_ == "nsubj":
                        c.dep_ = "nsubjpass"
                self._share_cause(tok)
            elif tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in self.allegation_verbs:
                self._to_alleged_act(tok)
            elif tok.dep_ == "prep" and tok.lower_ in self.allegation_prepositions and tok.head.dep_ == "dobj" \
                    and tok.head.head.lemma_.lower() in self.allegation_verbs and tok.head.i < tok.i \
                    and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in tok.children):
                # "accused Ethiopian troops[dobj] of[→ accused] killing civilians": the gerund is the act alleged,
                # the accusation's, not a phrase on the accused
                tok.head = tok.head.head
            elif tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and doc[tok.i - 1].text == "," \
                    and (owner := self._relative_owner(tok)) is not None:
                # ", killing three people" after a relative clause on the object belongs to the verb
                # ("struck a boat that Washington said was carrying[→struck] drugs, killing three people")
                tok.head = owner
            elif tok.dep_ == "advcl" and tok.i >= 2 and doc[tok.i - 1].lower_ == "to" and tok.head.i < tok.i - 1 \
                    and doc[tok.i - 1].head.i == tok.i and tok.head.lemma_.lower() in self.complement_verbs \
                    and self._only_adjuncts_between(doc, tok.head, tok.i - 1):
                # "have sworn to fight[advcl → xcomp]"; (h21h) also past the verb's own time or manner phrase:
                # "threatened on Monday to close[advcl → xcomp] its border"
                tok.dep_ = "xcomp"
            elif tok.dep_ in ("advcl", "acl", "xcomp") and tok.i >= 2 and doc[tok.i - 1].lower_ == "to" \
                    and doc[tok.i - 1].head.i == tok.i and (verb := self._complement_owner(tok)) is not None:
                # "threatened in a video posted on social media to attack[advcl of posted → xcomp of
                # threatened] any foreign troops": the infinitive after the verb's own phrase is its complement
                tok.head, tok.dep_ = verb, "xcomp"
            elif tok.dep_ == "advcl" and tok.i >= 2 and doc[tok.i - 1].lower_ == "to" and doc[tok.i - 1].head.i == tok.i \
                    and tok.head.lemma_.lower() in self.appeal_verbs and any(
                        c.dep_ == "prep" and c.lower_ in self.appeal_prepositions and c.i < tok.i for c in tok.head.children):
                tok.dep_ = "xcomp"  # "called on Kabul and Islamabad to protect[advcl → xcomp] civilians": what is asked

    def _relatives_read_as_complements(self, doc: Doc) -> None:
        """(h29g) A clause whose subject is a relative pronoun (repairs.yaml `relative_subject_pronouns`), read as the
        complement of a verb whose object, before it, is a statement or report (modality.yaml `statement_nouns`), is a
        relative clause on that object: "It follows a report by Grossi late last month that[nsubj] criticized[ccomp →
        relcl of report] Tehran" (a complement clause has "that" for its mark, never its subject)."""
        for tok in doc:
            if tok.dep_ != "ccomp" or tok.pos_ not in ("VERB", "AUX") or tok.head.pos_ != "VERB":
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in self.relative_subjects), None)
            if subj is None or subj.i != tok.left_edge.i:
                continue
            obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and tok.head.i < c.i < subj.i
                        and c.lemma_.lower() in self.statement_nouns), None)
            if obj is not None:
                tok.head, tok.dep_ = obj, "relcl"

    def _participle_complements(self, doc: Doc) -> None:
        """"The court ordered the boat[dobj] confiscated[acl]" / "ordered the boat's catch[nsubj]
        confiscated[VBD ccomp]": an object followed by a bare past participle of its own after a verb of
        ordering (repairs.yaml participle_complement_verbs) is a small clause: the participle is the verb's
        clausal complement, passive, and the noun its patient (the boat is confiscated; it confiscates
        nothing). Not a participle set off by a comma, one with an object, subject or auxiliary of its own,
        nor when the verb has another complement ("ordered the troops stationed there to withdraw")."""
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.participle_complement_verbs:
                continue
            if any(c.dep_ in ("xcomp", "oprd") for c in verb.children):
                continue
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            if len(clauses) == 1 and not objs:
                part = clauses[0]
                subj = [c for c in part.children if c.dep_ == "nsubj"]
                if part.tag_ not in ("VBD", "VBN") or part.i < verb.i or len(subj) != 1 \
                        or subj[0].left_edge.i != verb.i + 1 or subj[0].right_edge.i + 1 != part.i \
                        or any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "nsubjpass", "dative") for c in part.children):
                    continue
                subj[0].dep_ = "nsubjpass"
                part.tag_ = "VBN"
            elif len(objs) == 1 and not clauses:
                noun = objs[0]
                part = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > noun.i), None)
                if part is None or part.left_edge.i != part.i or doc[part.i - 1].text in (",", "-", "(") \
                        or any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "nsubj", "nsubjpass", "dative", "agent")
                               for c in part.children) \
                        or any(c.dep_ in ("acl", "relcl") and c.i < part.i for c in noun.children):
                    continue
                part.head, part.dep_, part.tag_ = verb, "ccomp", "VBN"
                noun.head, noun.dep_ = part, "nsubjpass"

    def _reported_clause_conjuncts(self, doc: Doc) -> None:
        for tok in doc:
            head = tok.head
            if tok.dep_ == "conj" and tok.tag_ == "VBD" and head.dep_ == "ccomp" \
                    and (head.tag_ == "VBG" and any(c.dep_ == "aux" for c in head.children)
                         or any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
                         # ... or a copula's state ("said Russia was not serious about peace and
                         # called[→said] on Western allies"), when the verb is one of speech
                         # ... or a passive ("said 30 people had been killed by security forces and
                         # demanded[→said] an investigation")
                         # (a state told by a phrase too, h24d: "confirmed that Karelina was on her way home and
                         # thanked[→confirmed] the UAE"; repairs.yaml `reported_state_deps`)
                         or (head.lemma_ == "be" and any(c.dep_ in self.state_deps for c in head.children)
                             or any(c.dep_ == "auxpass" for c in head.children))
                         and tok.lemma_.lower() in self.speech_verbs
                         # ... or any reported act, when the verb is an appeal to both sides ("said Israel had
                         # violated international law and urged[→said] the warring parties"): one side does not
                         # urge both (h19e)
                         or self._appeal_to_sides(tok)) \
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children):
                # a past-tense verb joined to a progressive or a modal verb inside a reported clause is
                # the reporting verb's conjunct ("denied that Iran was hiding uranium and accused[→denied]
                # the agency"; "said Ottawa would not be intimidated and accused[→said] China")
                for c in head.children:
                    if c.dep_ == "cc" and tok.i > c.i > head.i:
                        c.head = head.head
                tok.head = head.head

    def _participle_conjuncts(self, doc: Doc) -> None:
        """(h33f) "Bolivian police fired tear gas to clear blockades set[acl] up by Morales supporters and arrested[conj of
        set] 42 people": a finite past verb (repairs.yaml `participle_conjuncts.conjunct_tags`) with an object of its own
        and no subject, auxiliary or by-agent, joined by "and" to a participle on a noun (`participle_tags`), is the
        conjunct of the clause verb the noun hangs in: the first verb above the noun, when it is finite
        (`clause_verb_tags`) and has a subject. A participle's own conjunct is a participle ("camps set up by migrants
        and guarded[VBN] by youths") and stays."""
        if not self.participle_conjunct_tags:
            return
        for tok in doc:
            head = tok.head
            if tok.dep_ != "conj" or tok.tag_ not in self.participle_conjunct_tags or head.dep_ != "acl" \
                    or head.tag_ not in self.participle_conjunct_heads or head.i > tok.i:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in tok.children) \
                    or not any(c.dep_ == "dobj" for c in tok.children):
                continue
            verb = head.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in self.participle_conjunct_verbs \
                    or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue
            for c in head.children:
                if c.dep_ == "cc" and tok.i > c.i > head.i:
                    c.head = verb
            tok.head = verb

    def _appeal_to_sides(self, verb: Token) -> bool:
        """Whether a verb of appeal (repairs.yaml `sides_appeal_verbs`) is addressed to both sides: its object, or
        the object of its "on" / "to", is a pair phrase ("both sides", "the warring parties", "all parties";
        `sides_addressee_modifiers`, heads from coref.yaml `party_pair_heads` and `pair_heads`)."""
        if verb.lemma_.lower() not in self.sides_appeal_verbs:
            return False
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
                 for g in c.children if g.dep_ == "pobj"]
        return any(o.lemma_.lower() in self.side_heads and o.tag_ == "NNS"
                   and any(m.lower_ in self.side_modifiers for m in o.children if m.dep_ in ("det", "amod", "nummod", "predet"))
                   for o in objs)

    def _sentence_roots(self, doc: Doc) -> None:
        """Per sentence: a clause before a semicolon, reporters read as objects or conjuncts, trailing denials."""
        for sent in doc.sents:
            root = sent.root
            clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i
                           and any(t.text == ";" for t in doc[c.right_edge.i + 1:root.i])), None)
            if clause is not None:
                # "Islamabad accuses[ccomp → ROOT] Kabul of ...; the Taliban deny[ROOT → parataxis] the
                # charge": a clause before a semicolon is no complement of the verb after it
                clause.head, clause.dep_ = clause, "ROOT"
                root.head, root.dep_ = clause, "parataxis"
                continue
            if root.lemma_.lower() in self.reporting and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
                self._reporters(root)
            elif root.lemma_.lower() in self.reporting:
                self._object_read_as_reporter(root)
            elif root.lemma_.lower() in self.denials:
                self._trailing_denial(root)
            for tok in sent:
                if tok.lemma_.lower() in self.denials and tok.pos_ == "VERB" and tok.dep_ != "ROOT":
                    self._trailing_denial_subject(tok)

    def _infinitives_read_as_relatives(self, doc: Doc) -> None:
        """An infinitive with an object of its own, hung on a noun as a relative clause, is the
        noun's infinitive ("had taken measures[dobj] to drive away[relcl → acl] Philippine vessels":
        the measures drive nothing away; whoever took them does, as with "a plan to expel")."""
        for tok in doc:
            if tok.dep_ == "relcl" and tok.tag_ == "VB" and tok.head.pos_ == "NOUN" \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
                    and any(c.dep_ == "dobj" for c in tok.children) \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                tok.dep_ = "acl"

    def _nominal_gerunds(self, doc: Doc) -> None:
        """Gerunds of violence used as nouns ("killed in Israeli tank shelling") become nouns."""
        for tok in doc:
            if tok.tag_ != "VBG" or tok.lower_ not in self.gerunds or any(c.dep_ == "dobj" for c in tok.children):
                continue
            if tok.dep_ in self.nominal:
                self._as_noun(tok)
            elif tok.dep_ in self.split and tok.i > 0:
                before = self._phrase_before(tok)
                if before is not None:
                    self._join(tok, before)

    def _nouns_read_as_clauses(self, doc: Doc) -> None:
        """"signed the deal three months after[mark] Israeli and US strikes[advcl] on its facilities": a noun
        the parser made an adverbial clause under a preposition it took for a conjunction (repairs.yaml
        `noun_clause_prepositions`) is the preposition's object, the phrase on the verb; a measure before
        the preposition ("three months") stays on the noun's old place, the preposition."""
        for tok in doc:
            if tok.dep_ != "advcl" or tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS"):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cop") for c in tok.children):
                continue  # a verbless clause of its own ("after the talks were over" has its verb elsewhere)
            mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in self.clause_prepositions
                         and c.i < tok.i), None)
            if mark is None:
                continue
            verb = tok.head
            mark.head, mark.dep_, mark.pos_, mark.tag_ = verb, "prep", "ADP", "IN"
            for c in list(tok.children):
                if c.dep_ == "npadvmod" and c.i < mark.i:
                    c.head = mark  # "three months[npadvmod] after"
            tok.head, tok.dep_ = mark, "pobj"

    def _share_cause(self, tok: Token) -> None:
        """"Nine people were killed and 30 wounded in the Israeli strikes": the attack that ends the
        coordination is the cause of both; hung on the last conjunct, it goes to the first (the
        killing), which has none of its own."""
        first = tok.head
        if any(c.dep_ in ("prep", "agent") and c.lower_ in self.shared_prepositions for c in first.children):
            return
        for prep in list(tok.children):
            if prep.dep_ in ("prep", "agent") and prep.lower_ in self.shared_prepositions and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in self.attack_nouns for g in prep.children):
                prep.head = first

    @staticmethod
    def _verb_read_as_modifier(tok: Token) -> None:
        """"Islamabad rejected the protest and summoned[amod] India's deputy high commissioner": a
        past verb read as a modifier of a second object is the first verb's conjunct, the object its
        own (a modifier never comes before a determiner or a possessive)."""
        noun, verb = tok.head, tok.head.head.head
        tok.head, tok.dep_ = verb, "conj"
        noun.head, noun.dep_ = tok, "dobj"

    @staticmethod
    def _relative_owner(tok: Token) -> Token | None:
        """The verb whose object a relative clause describes, when `tok` hangs inside that clause
        and the clause ends right before the comma before `tok`."""
        t = tok.head
        while t.dep_ != "relcl":
            if t.head.i == t.i or t.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
                return None
            t = t.head
        noun, verb = t.head, t.head.head
        if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX") or noun.dep_ == "pobj" and verb.dep_ != "prep":
            return None
        if noun.dep_ == "pobj":
            verb = verb.head
        # (the clause ends with the participle's own phrase: nothing of it comes after)
        return verb if t.right_edge.i == tok.right_edge.i else None

    @staticmethod
    def _to_alleged_act(tok: Token) -> None:
        """"accused the army of bombing a market, killing 30 civilians": a participle after the
        alleged act's gerund hangs on that gerund."""
        verb = tok.head
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < tok.i:
                act = next((g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
                if act is not None and act.right_edge.i < tok.i:
                    tok.head = act
                    return

    @staticmethod
    def _closes_apposition(tok: Token) -> bool:
        """A past-tense verb (VBD: not a participle such as "known as") right after the comma that
        closes an apposition on the sentence's root noun, hung on the apposition."""
        noun = tok.head
        return tok.tag_ == "VBD" and noun.dep_ == "appos" and noun.i < tok.i and noun.head.dep_ == "ROOT" \
            and noun.head.pos_ in ("NOUN", "PROPN") and tok.doc[tok.i - 1].text == "," \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)

    def _phrase_root_verb(self, tok: Token) -> Token | None:
        """(h22c) The plural root noun whose verb `tok` is, when the parser hung it as a participle on the object of
        that noun's own phrase (repairs.yaml `finite_phrase_prepositions`: "Organisers[ROOT] of the rally[pobj]
        called[acl] on the government to resign"): a verb tagged finite right after that object, with a complement of
        its own and no subject, auxiliary or by-agent, and no verb before it in the sentence; else None."""
        noun = tok.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or tok.i != noun.i + 1 \
                or noun.head.dep_ != "prep" or noun.head.lower_ not in self.finite_phrase_preps:
            return None
        root = noun.head.head
        if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN") or root.tag_ not in ("NNS", "NNPS") \
                or root.i > noun.i:
            return None
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in tok.children) \
                or not any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp") for c in tok.children):
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.sent.start:tok.i]):
            return None
        return root

    @staticmethod
    def _phrase_hung_verb(tok: Token, speech_verbs: frozenset[str] = frozenset()) -> bool:
        """(p23) A participle with a direct object and no auxiliary or subject, right after the object of a
        preposition on the noun that roots the sentence, which it hangs on ("Israeli strikes[ROOT] during those
        hours[pobj] killed[acl] at least 13 people", "Russian attacks on the city overnight ..."): the root noun's verb."""
        noun = tok.head
        prep = noun.head
        root = prep.head
        rooted = root.dep_ == "ROOT" or root.dep_ == "dobj" and root.head.lemma_.lower() in speech_verbs \
            and root.head.i < root.i
        return noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and prep.dep_ == "prep" and rooted \
            and root.pos_ in ("NOUN", "PROPN") and tok.i == max(t.i for t in noun.subtree if t.i < tok.i) + 1 \
            and any(c.dep_ == "dobj" for c in tok.children) \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)

    @staticmethod
    def _root_verb(tok: Token) -> bool:
        """A participle with a direct object, and no auxiliary or subject, on a noun before it that
        roots the sentence ("Israeli airstrikes[ROOT] killed[acl] at least 25 Palestinians"); or,
        object or not, right after the comma that closes a relative clause or an apposition on
        that root noun ("Venezuela[ROOT], which has hosted the talks, called[acl] on both sides")."""
        noun = tok.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i > tok.i \
                or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children):
            return False
        if not any(c.dep_ == "dobj" for c in tok.children):
            if noun.dep_ == "ROOT" and tok.i == noun.i + 1 and not any(c.dep_ == "agent" for c in tok.children) \
                    and any(c.dep_ in ("prep", "xcomp") for c in tok.children) and noun.tag_ in ("NNS", "NNPS"):
                # right after a plural root noun, with a complement and no by-agent: the sentence's
                # verb ("Palestinian youths[ROOT] resorted[acl] to throwing stones"; not a headline's
                # "Thousands displaced by floods")
                return True
            # (h23d) ... or a phrase set off by commas: "Brazil and Argentina[ROOT], in a joint communique, called[acl] on
            # Venezuela"
            return noun.dep_ == "ROOT" and tok.doc[tok.i - 1].text == "," \
                and any((c.dep_ in ("relcl", "appos") or c.dep_ == "prep" and tok.doc[c.i - 1].text == ",")
                        and noun.i < c.i < tok.i for c in noun.children)
        return noun.dep_ == "ROOT" or Repairs._subordinate_root(noun) is not None

    @staticmethod
    def _titled_people_joined(cc: Token, titles: frozenset[str]) -> None:
        """Two titled people joined by "and" that the small parser read as one phrase headed by the
        second ("Indian Foreign Minister S. Jaishankar[nmod] and Pakistani[conj] army chief[pobj]
        Asim Munir[appos]", or "... army chief[compound] Asim Munir[pobj]"): the first name heads its
        own phrase in the second's place, and the second phrase is its conjunct."""
        doc = cc.doc  # (the parse is repaired before the NER runs: names are proper nouns here)
        if cc.i < 1 or cc.i + 2 >= len(doc) or doc[cc.i - 1].pos_ != "PROPN":
            return
        first = doc[cc.i - 1]
        if first.dep_ not in ("nmod", "compound") or first.head.i <= cc.i:
            return
        chain = [first.head]
        while chain[-1].dep_ in ("compound", "nmod") and chain[-1].head.i > chain[-1].i:
            chain.append(chain[-1].head)
        top = chain[-1]
        if top.dep_ == "ROOT" or top.pos_ not in ("NOUN", "PROPN"):
            return
        # the second person, named after the second title
        # (or a name whose title the parser made the first name's conjunct: "host Tshisekedi[nmod] and
        # Rwandan President[conj] Paul Kagame[dobj]")
        # (h22c: or whose possessor the parser made the first name's conjunct: "Kenya's William Ruto[nmod] and
        # Uganda[conj]'s Yoweri Museveni[nsubj]")
        if not (top.pos_ == "PROPN" and len(chain) > 1) and not any(
                t.dep_ == "appos" and t.pos_ == "PROPN" and t.head in chain for t in doc[top.i + 1:top.right_edge.i + 1]) \
                and not (top.pos_ == "PROPN" and any(t.dep_ == "conj" and t.head.i == first.i and (
                    t.lower_ in titles or t.pos_ == "PROPN" and any(c.dep_ == "case" for c in t.children))
                    for t in doc[cc.i + 1:top.i])):
            return
        left = [t for t in doc[top.left_edge.i:cc.i] if t.head in chain and t.i != first.i]
        right = [t for t in doc[cc.i + 1:chain[0].i] if t.head.i == first.i]
        first.head, first.dep_ = top.head, top.dep_
        for t in left:
            t.head = first
        cc.head = first
        top.head, top.dep_ = first, "conj"
        for t in right:
            t.head, t.dep_ = chain[0], ("amod" if t.pos_ == "ADJ" else "poss" if any(
                c.dep_ == "case" for c in t.children) else "compound")

    @staticmethod
    def _joined_title_word(cc: Token, titles: frozenset[str], portfolios: frozenset[str]) -> None:
        """The first word of a title joined by "and" that the small parser read as the head of the phrase,
        with the titled person its conjunct ("Youth[nsubj] and Sports Minister Rizal Pratama[conj] resigned"):
        the word is the title's, and the person heads the phrase in its place ("Youth[compound → Minister]
        and Sports[conj → Youth] Minister Rizal Pratama[nsubj]"). Only when every word from the "and" to a
        title (coref.yaml `title_heads`) is a capitalised compound on the next, and the title is a compound
        on the person's name, and the word is a portfolio's (repairs.yaml `portfolio_words`: "Ruto and Foreign
        Minister Musalia Mudavadi" are two people)."""
        doc = cc.doc
        if cc.i < 1 or cc.i + 2 >= len(doc):
            return
        first = doc[cc.i - 1]
        if first.lower_ not in portfolios:
            return
        if first.pos_ not in ("PROPN", "NOUN") or not first.text[:1].isupper() or first.dep_ in ("ROOT", "conj", "compound") \
                or cc.head.i != first.i:
            return
        title = None
        for t in doc[cc.i + 1:]:
            if not (t.dep_ == "compound" and t.head.i > t.i and t.text[:1].isupper()):
                return
            if t.lower_ in titles:
                title = t
                break
            if t.head.i != t.i + 1:
                return
        if title is None or title.i == cc.i + 1:
            return
        name = title.head
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        if name.pos_ != "PROPN" or name.dep_ != "conj" or name.head.i != first.i:
            return
        name.head, name.dep_ = first.head, first.dep_
        for t in first.children:
            if t.i > name.i:
                t.head = name
        first.head, first.dep_ = title, "compound"
        doc[cc.i + 1].head, doc[cc.i + 1].dep_ = first, "conj"

    def _complement_owner(self, tok: Token) -> Token | None:
        """The verb of `complement_verbs`, with no complement of its own, in whose prepositional phrase
        before `tok` the parser hung the infinitive."""
        for a in tok.ancestors:
            if a.pos_ == "VERB" and a.lemma_.lower() in self.complement_verbs:
                inside = any(c.dep_ == "prep" and c.i < tok.i and c.left_edge.i <= tok.head.i <= c.right_edge.i
                             for c in a.children)
                own = any(c.dep_ in ("xcomp", "ccomp") for c in a.children)
                return a if inside and not own and a.i < tok.i else None
            if a.dep_ not in ("pobj", "acl", "prep", "advcl"):
                return None  # (only up through the phrase: a noun, its participle, its preposition)
        return None

    @staticmethod
    def _name_read_as_root_noun(sent) -> None:
        """A capitalised name opening the sentence that the tagger read as a noun heading it, its verb
        as a participle on the object ("Trump[NOUN ROOT] imposed[amod] tariffs[dobj of Trump] on
        Brazil"): the verb heads the sentence, the name is its subject and the object is its own. Also a name
        the tagger read as a bare verb ("Trump[VB ROOT] signed[amod] orders[dobj of Trump]"): a sentence of
        reported news opens with no imperative followed by a past verb on its object."""
        root = sent.root
        named_verb = root.pos_ == "VERB" and root.tag_ == "VB"
        if root.i != sent.start or not root.is_title or not (root.pos_ in ("NOUN", "PROPN") or named_verb) \
                or root.i + 1 >= sent.end:
            return
        verb = root.doc[root.i + 1]
        if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("amod", "acl") or verb.head.head.i != root.i \
                or verb.head.dep_ != "dobj" or any(c.dep_ == "det" for c in verb.head.children if c.i < verb.i):
            return
        children = [c for c in root.children if c.i != verb.i]
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        for c in children:
            c.head = verb
        root.head, root.dep_, root.pos_, root.tag_ = verb, "nsubj", "PROPN", "NNP"

    @staticmethod
    def _name_and_verb_read_as_object_modifiers(sent) -> None:
        """A sentence with no finite verb whose opening name and the past verb right after it were both hung as
        modifiers inside the object's noun phrase, the object's name heading the sentence ("Trump[amod]
        hosted[amod] Israeli Prime Minister Benjamin Netanyahu[ROOT] at the White House"): the verb heads the
        sentence, the name is its subject and the noun phrase its object; the root's phrases after it (place,
        time) go to the verb. Not a name joined to the verb by a hyphen ("Trump-hosted talks"), nor a noun phrase
        with a determiner before the verb ("the Trump hosted dinner")."""
        root = sent.root
        doc = root.doc
        if root.pos_ not in ("NOUN", "PROPN") or sent.start + 1 >= root.i:
            return
        name, verb = doc[sent.start], doc[sent.start + 1]
        if not name.is_title or name.pos_ not in ("NOUN", "PROPN", "ADJ") or not name.whitespace_ \
                or verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("amod", "acl", "compound") \
                or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.pos_ in ("VERB", "AUX") and t.i != verb.i
                       for t in sent):
            return
        inside = {t.i for t in root.subtree if t.i < root.i}
        if name.head.i not in inside | {root.i} or verb.head.i not in inside | {root.i} or name.dep_ in ("det", "poss"):
            return  # (the name is the one word before the verb)
        children = [c for c in root.children if c.i > root.i]
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        for c in children:
            c.head = verb
        root.head, root.dep_ = verb, "dobj"
        name.head, name.dep_ = verb, "nsubj"
        if name.pos_ != "PROPN":
            name.pos_, name.tag_ = "PROPN", "NNP"

    @staticmethod
    def _verb_read_as_object_modifier(sent) -> None:
        """(h24a) A sentence with no finite verb whose past verb, with its subject, was hung as a modifier at the start
        of the object's noun phrase, the object's name heading the sentence ("A Belarusian court[nsubj of jailed]
        jailed[amod] opposition activist Maria Kolesnikova[ROOT]"): the verb heads the sentence, the noun phrase after it
        is its object, and the root's phrases before the verb and after the name go to the verb."""
        root = sent.root
        doc = root.doc
        if root.pos_ not in ("NOUN", "PROPN"):
            return
        verb = next((t for t in sent if t.tag_ in ("VBD", "VBN") and t.dep_ in ("amod", "acl") and t.i < root.i), None)
        if verb is None or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.pos_ in ("VERB", "AUX") and t.i != verb.i
                               for t in sent):
            return
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "npadvmod") and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
        if not subj or verb.head.i not in {t.i for t in root.subtree} or verb.head.i < verb.i:
            return
        inside = [t for t in root.subtree if t.i > verb.i and t.i <= root.i]
        if not inside or inside[0].i != verb.i + 1 or any(c.i < verb.i for c in root.children if c.dep_ != "punct"):
            return
        children = [c for c in root.children if c.i > root.i]
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        for c in children:
            c.head = verb
        root.head, root.dep_ = verb, "dobj"
        subj[0].dep_ = "nsubj"

    @staticmethod
    def _name_read_as_participle_modifier(sent) -> None:
        """A capitalised name opening the sentence that the parser hung on its verb, read as a participle
        on the object noun it made the sentence's head ("Malaysia[npadvmod → mediated] mediated[amod → talks]
        talks[ROOT] between Thailand and Cambodia"): the verb heads the sentence, the name is its subject and
        the noun its object. Not a name joined to the participle by a hyphen ("US-mediated talks")."""
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN"):
            return
        verb = next((c for c in root.children if c.dep_ in ("amod", "acl") and c.tag_ in ("VBD", "VBN") and c.i < root.i), None)
        if verb is None:
            return
        name = next((c for c in verb.children if c.dep_ in ("npadvmod", "nsubj") and c.i < verb.i), None)
        doc = root.doc
        if name is None or name.left_edge.i != sent.start or not name.is_title or name.right_edge.i + 1 != verb.i \
                or not doc[name.right_edge.i].whitespace_ or any(c.i < verb.i and c.i != name.left_edge.i and c.dep_ == "det"
                                                                  for c in root.children):
            return
        children = [c for c in root.children if c.i != verb.i and c.dep_ == "punct"]
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        for c in children:
            c.head = verb
        root.head, root.dep_ = verb, "dobj"
        name.dep_ = "nsubj"
        if name.pos_ != "PROPN":
            name.pos_, name.tag_ = "PROPN", "NNP"  # ("Anwar[JJ] mediated talks")

    @staticmethod
    def _gerund_joined_to_its_like(tok: Token) -> None:
        """A participle clause joined by "and" to a verb deep inside the one before it ("saying the
        military would not negotiate with a militia that has committed[relcl] genocide and vowing[conj of
        committed] to fight"): the conjunct of the nearest participle above it, whose subject it shares."""
        like = next((a for a in tok.head.ancestors if a.tag_ == "VBG" and a.dep_ in ("advcl", "xcomp", "conj")), None)
        if like is None:
            return
        cc = next((c for c in tok.head.children if c.dep_ == "cc" and c.i == tok.i - 1), None)
        tok.head = like
        if cc is not None:
            cc.head = like

    @staticmethod
    def _between_pair(prep: Token) -> None:
        """The second party of "between X and Y" that the parser made a conjunct of the noun the
        preposition is on ("fighting between ELN guerrillas[pobj] and a dissident faction[conj of
        fighting]"): a conjunct of X, which has the "and" but no conjunct of its own."""
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objs) != 1 or any(c.dep_ == "conj" for c in objs[0].children) \
                or not any(c.dep_ == "cc" and c.lower_ == "and" for c in objs[0].children):
            return
        after = objs[0].right_edge.i + 1  # (past the "and", when it is not in the phrase)
        if after < len(prep.doc) and prep.doc[after].lower_ == "and":
            after += 1
        second = next((c for c in prep.head.children if c.dep_ == "conj" and c.left_edge.i == after), None)
        if second is not None:
            second.head = objs[0]

    @staticmethod
    def _plural_noun_read_as_verb(tok: Token) -> None:
        """A plural noun the tagger read as a verb after a noun modifier, both given the phrase's place
        ("condemned the boat[dobj] strikes[VBZ, dobj]"), or an adjective read as the object and the noun as
        a predicate ("called the American[dobj] strikes[VBZ, oprd] a war crime"): the verb form is the noun,
        the word before it its modifier, and the phrase's determiners and adjectives its own."""
        before = tok.doc[tok.i - 1]
        if before.head.i != tok.head.i or before.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass"):
            return
        if before.pos_ in ("NOUN", "PROPN") and before.dep_ == tok.dep_ and not any(c.i > tok.i for c in tok.children):
            role = before.dep_
        elif before.pos_ == "ADJ" and tok.dep_ == "oprd" and before.i > 0 and tok.doc[before.i - 1].pos_ == "DET":
            # "called the American[dobj] strikes[VBZ oprd] a war crime[dobj of strikes]": the noun is the
            # object, what it is called the predicate
            role = before.dep_
            for c in list(tok.children):
                if c.dep_ == "dobj":
                    c.head, c.dep_ = tok.head, "oprd"
        else:
            return
        tok.tag_, tok.pos_, tok.dep_ = "NNS", "NOUN", role
        for c in list(before.children):
            c.head = tok
        before.head, before.dep_ = tok, ("amod" if before.pos_ == "ADJ" else "compound")

    @staticmethod
    def _subject_read_as_conjunct(tok: Token) -> Token | None:
        """The subject of a finite verb joined by "and" to an earlier clause, which the parser made a
        conjunct of the noun before it: "... received by Tamim and the two leaders[conj] signed[conj]
        an agreement", "Kigali pledged to end support for M23 and Congo[conj] promised[conj] to ...". The
        noun phrase ends right before the verb, which has no subject, and begins right after the "and"
        (two finite verbs sharing a subject need "and" or a comma between them, not a noun: "police
        arrested two opposition figures and authorities[conj → nsubj] restricted internet access")."""
        if tok.dep_ not in ("conj", "advcl", "acl") or tok.dep_ == "acl" and tok.tag_ != "VBD" \
                or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i < 3 \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in tok.children):
            return None  # (a finite clause with no subject, joined or, misread, adverbial with no "when")
        doc = tok.doc
        noun = doc[tok.i - 1]
        while noun.head.i < tok.i and noun.head.right_edge.i == tok.i - 1 and noun.dep_ != "conj" and noun.head.i != noun.i:
            noun = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != tok.i - 1 \
                or noun.head.i > noun.i or tok.head.i > noun.head.i:
            return None
        first, cc = noun.left_edge, doc[noun.left_edge.i - 1]
        if cc.dep_ != "cc" or first.pos_ not in ("DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM") and first.dep_ != "poss":
            return None
        return noun

    def _main_after_participle(self, tok: Token) -> Token | None:
        """The sentence's own verb, when the parser read a participle on the subject as the verb and
        that verb as its conjunct ("Five officers[nsubj] killed[ROOT] in an ambush by militants were
        buried[conj] on Monday"), or as another clause of it with no mark and no "to" ("The ceasefire[nsubj]
        agreed[ROOT] by Israel and Hamas has largely held[ccomp]"): the clause has no subject, and nothing
        joins the two (no "and", no comma), which two finite verbs sharing a subject would need. The
        participle has no object and no auxiliary of its own."""
        if tok.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass", "xcomp")
                                                 for c in tok.children):
            return None
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.right_edge.i + 1 != tok.i:
            return None
        # (or as another clause of it with no mark: "Rockets[nsubj] fired[ROOT] by Hezbollah at Israel wounded[dep]
        # three people", "The truce[nsubj] agreed[ROOT] between Thailand and Cambodia in July collapsed[advcl]")
        main = next((c for c in tok.children if c.dep_ in ("conj", "dep", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
                     and c.i > tok.i and (c.dep_ == "conj" or not any(g.dep_ == "mark" or g.dep_ == "aux" and g.lower_ == "to"
                                                                   for g in c.children))), None)
        if main is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in main.children):
            return None
        if main.dep_ == "ccomp" and (tok.dep_ == "relcl" or tok.lemma_.lower() in self.reporting):
            return None  # (a report whose clause's subject is a relative gap: "a move Moscow said[relcl] was[ccomp] illegal")
        if not (any(c.dep_ in ("aux", "auxpass") for c in main.children) or main.tag_ in ("VBD", "VBZ", "VBP")):
            return None
        if any(c.dep_ == "ccomp" and c.i != main.i for c in tok.children):
            return None  # (a clause the participle reports)
        # (not an "and" that joins the parties of a by-agent or of "between": "agreed by Israel and Hamas",
        # "agreed between Thailand and Cambodia"; coref.yaml between_prepositions)
        between = tok.doc[tok.i + 1:main.left_edge.i]
        if any((t.dep_ in ("cc", "preconj") or t.text in (",", ";", ":", "--", "\u2014")) and not self._in_parties(t, tok)
               for t in between):
            return None
        return main

    def _in_parties(self, cc: Token, verb: Token) -> bool:
        """Whether a conjunction joins the objects of a by-agent or of "between" on `verb`."""
        head = first_conjunct(cc.head)
        return cc.dep_ == "cc" and head.dep_ == "pobj" and head.head.head.i == verb.i \
            and (head.head.dep_ == "agent" or head.head.lower_ in self.between)

    @staticmethod
    def _demote(tok: Token, main: Token) -> None:
        """The participle becomes a clause on its noun, the conjunct takes its place, and the noun
        is the conjunct's subject (passive if its auxiliary is)."""
        subj = next(c for c in tok.children if c.dep_ == "nsubj")
        later = [c for c in tok.children if c.i > main.i]
        if tok.dep_ == "ROOT":
            main.head, main.dep_ = main, "ROOT"
        else:
            main.head, main.dep_ = tok.head, tok.dep_
        tok.head, tok.dep_, tok.tag_ = subj, "acl", "VBN"
        passive = any(c.dep_ == "auxpass" for c in main.children)
        subj.head, subj.dep_ = main, ("nsubjpass" if passive else "nsubj")
        for c in later:
            c.head = main

    def _trailing_reporter(self, tok: Token) -> Token | None:
        """The reporting verb that ends the sentence after a comma, when the parser made the noun
        before the participle its first subject ("Israeli airstrikes[nsubj] killed[acl] at least 30
        people in Gaza, health officials[nsubj] said[ROOT]")."""
        noun = tok.head
        verb = noun.head
        if noun.dep_ != "nsubj" or noun.i > tok.i or verb.dep_ != "ROOT" or verb.i < tok.i \
                or verb.lemma_.lower() not in self.reporting \
                or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent") for c in tok.children):
            return None
        if not any(c.dep_ == "dobj" for c in tok.children) and not (
                tok.i == noun.i + 1 and any(c.dep_ in ("prep", "xcomp") for c in tok.children)):
            return None  # "troops deployed in the area, officials said" keeps its participle
        others = [c for c in verb.children if c.dep_ == "nsubj" and c.i > tok.i]
        comma = _last_comma(tok.doc, tok.i, verb.i)
        return verb if others and comma is not None and all(o.i > comma.i for o in others) else None

    @staticmethod
    def _report(tok: Token, verb: Token) -> None:
        """The participle is the reported clause (a complement of the reporting verb) and the noun
        its subject; what followed the verb on the noun goes with the verb."""
        noun = tok.head
        later = [c for c in noun.children if c.i > tok.i]
        tok.head, tok.dep_ = verb, "ccomp"
        if tok.tag_ == "VBN":
            tok.tag_ = "VBD"
        noun.head, noun.dep_ = tok, "nsubj"
        for c in later:
            c.head = tok

    @staticmethod
    def _subordinate_root(noun: Token) -> Token | None:
        """The root the noun is a second subject of, when that root is a subordinate clause
        ("airstrikes[nsubj] killed ..., as negotiators[nsubj] struggled[ROOT]")."""
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.i < noun.i:
            return None
        others = [c for c in verb.children if c.dep_ == "nsubj" and c.i != noun.i]
        marked = any(c.dep_ == "mark" for c in verb.children)
        return verb if others and marked else None

    @staticmethod
    def _promote(tok: Token) -> None:
        """Make the participle the root and the noun its subject; what followed the verb on the
        noun (the final stop, a trailing clause) goes with the verb."""
        noun = tok.head
        later = [c for c in noun.children if c.i > tok.i]
        clause = Repairs._subordinate_root(noun)
        tok.head, tok.dep_ = tok, "ROOT"
        if clause is not None:
            clause.head, clause.dep_ = tok, "advcl"  # "..., as negotiators struggled"
        if tok.tag_ == "VBN":
            tok.tag_ = "VBD"
        noun.head, noun.dep_ = tok, "nsubj"
        for c in later:
            c.head = tok

    def _adopt(self, prep: Token) -> None:
        """Give an objectless preposition the noun after it that the parser made the subject of the
        participle that follows ("to five officers[nsubj] holed[advcl] up"), the participle becoming
        a clause on the noun."""
        doc = prep.doc
        if prep.i + 1 >= len(doc):
            return
        nxt = doc[prep.i + 1]
        noun = next((t for t in (nxt, *nxt.ancestors) if t.dep_ == "nsubj"), None)
        if noun is None or noun.left_edge.i != prep.i + 1 or noun.pos_ not in ("NOUN", "PROPN"):
            return
        verb = noun.head
        if verb.tag_ not in self.participle_tags or verb.i < noun.i or verb.head.i != prep.head.i \
                or verb.dep_ not in ("advcl", "ccomp", "conj") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return
        noun.head, noun.dep_ = prep, "pobj"
        verb.head, verb.dep_, verb.tag_ = noun, "acl", "VBN"

    @staticmethod
    def _reporters(root: Token) -> None:
        """Give a sentence-final reporting verb the subject the parser joined, as conjuncts, to a
        noun before the comma ("... allied militias, residents[conj] and a rebel spokesman said")."""
        doc = root.doc
        comma = _last_comma(doc, root.sent.start, root.i)
        if comma is None or comma.i + 1 >= root.i:
            return
        first = doc[comma.i + 1]
        while first.i < root.i and first.dep_ in ("det", "amod", "compound", "nummod", "poss", "case"):
            first = first.head if first.head.i > first.i else doc[first.i + 1]
        if first.dep_ != "conj" or first.head.i > comma.i or first.pos_ not in ("NOUN", "PROPN") \
                or first.right_edge.i != root.i - 1:
            return
        first.head, first.dep_ = root, "nsubj"

    @staticmethod
    def _object_read_as_reporter(root: Token) -> None:
        """"..., killing at least 20 soldiers[nsubj], army[conj] and local officials said[ROOT]": the
        noun before the comma is the object of the verb right before it, which had none, and its
        conjuncts after the comma are the reporters."""
        doc = root.doc
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
        comma = _last_comma(doc, subj.i, root.i) if subj is not None else None
        if comma is None or subj.pos_ not in ("NOUN", "PROPN"):
            return
        reporters = [c for c in subj.children if c.dep_ == "conj" and c.i > comma.i]
        verb = doc[subj.left_edge.i - 1] if subj.left_edge.i > root.sent.start else None
        if not reporters or verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBG", "VBD", "VBN") \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) or reporters[0].right_edge.i != root.i - 1:
            return
        subj.head, subj.dep_ = verb, "dobj"
        first = reporters[0]
        first.head, first.dep_ = root, "nsubj"
        for c in reporters[1:]:
            c.head = first

    def _trailing_denial(self, root: Token) -> None:
        """"Congo accused[ccomp] Rwanda of ..., a charge Kigali denies[ROOT]": the accusation is the
        root, the denial an appended clause (parataxis), so the accusation is not read as denied."""
        doc = root.doc
        clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
        if clause is None:
            return
        comma = _last_comma(doc, clause.i, root.i)
        if comma is None or not any(t.lemma_.lower() in self.denial_nouns for t in doc[comma.i + 1:root.i]):
            return
        clause.head, clause.dep_ = clause, "ROOT"
        root.head, root.dep_ = clause, "parataxis"

    def _trailing_denial_subject(self, verb: Token) -> None:
        """"..., a charge Abu Dhabi[appos] denies[parataxis]": a denial after a comma and a noun of accusation
        (repairs.yaml `trailing_denial_nouns`) has the phrase between them as its subject and the noun as its
        object (what is denied), not the phrase as an apposition to the noun before the comma, nor the noun as
        a compound of its subject ("a charge[compound] Kigali[nsubj] denies")."""
        doc = verb.doc
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.dep_ == "dobj" for c in verb.children) or verb.i < 3 or len(subjects) > 1 \
                or subjects and subjects[0].i != verb.i - 1:
            return
        comma = _last_comma(doc, verb.sent.start, verb.i)
        if comma is None or comma.i + 3 > verb.i:
            return
        span = doc[comma.i + 1:verb.i]
        nouns = [t for t in span if t.lemma_.lower() in self.denial_nouns and t.pos_ == "NOUN"]
        if not nouns or nouns[0].i + 1 >= verb.i or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in span):
            return
        noun, subj = nouns[0], doc[verb.i - 1]
        if subj.pos_ not in ("NOUN", "PROPN") or subj.i == noun.i or noun.is_ancestor(verb) or subj.is_ancestor(verb):
            return  # (a denial read as a relative clause on the noun, "a charge [that] Ankara denies", is right)
        if not subjects and not [t for t in span if t.head.i < comma.i or t.head.i > verb.i or t.head.i == t.i]:
            return
        subj.head, subj.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "dobj"
        for t in span:
            if t.i < noun.i:
                t.head = noun  # "a" of "a charge"
            elif noun.i < t.i < subj.i and t.head.i != subj.i and not subj.is_ancestor(t):
                t.head = subj

    @staticmethod
    def _as_noun(tok: Token) -> None:
        tok.tag_, tok.pos_, tok.lemma_ = "NN", "NOUN", tok.lower_
        if tok.dep_ == "pcomp":
            tok.dep_ = "pobj"  # "killed by Russian shelling[pcomp]": the preposition's object
        elif tok.dep_ == "csubj":
            tok.dep_ = "nsubj"  # "Fighting[csubj] between X and Y has killed 80 people": the subject

    def _phrase_before(self, tok: Token) -> Token | None:
        """The head of a preposition's object that ends right before the gerund, in its sentence."""
        prev = tok.doc[tok.i - 1]
        if prev.is_punct or prev.is_space or prev.sent.start != tok.sent.start:
            return None
        head = prev
        while head.dep_ not in self.split_heads and head.head.i != head.i and head.head.i < tok.i \
                and head.right_edge.i == tok.i - 1:
            head = head.head
        if head.dep_ not in self.split_heads or head.right_edge.i != tok.i - 1 or head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        if tok.head.i != head.head.head.i or head.head.pos_ != "ADP":
            return None  # only a clause hung on the verb the preposition belongs to
        return head

    def _join(self, tok: Token, phrase: Token) -> None:
        prep = phrase.head
        self._as_noun(tok)
        tok.head, tok.dep_ = prep, "pobj"
        phrase.head, phrase.dep_ = tok, ("amod" if phrase.pos_ == "ADJ" or phrase.ent_type_ == "NORP" else "compound")


def _object_before_comma(tok: Token) -> Token | None:
    """The object of `tok`'s verb that ends right before the comma opening `tok`'s phrase ("arrested
    two men[dobj], both police officers"), or None: the noun a phrase set off after it is in apposition to."""
    start = tok.left_edge.i
    if start < 2 or tok.doc[start - 1].text != ",":
        return None
    return next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i and c.right_edge.i == start - 2), None)


def _last_comma(doc: Doc, start: int, end: int) -> Token | None:
    """The last comma among tokens start..end-1."""
    return next((t for t in reversed(doc[start:end]) if t.text == ","), None)


@Language.factory(NAME, requires=["token.dep", "token.lemma"], assigns=["token.dep", "token.tag", "token.pos", "token.lemma"])
def make_repairs(nlp: Language, name: str) -> Repairs:
    return Repairs(nlp)


def add_repairs(nlp: Language) -> Language:
    """Put the component after the lemmatizer (once), or last."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe(NAME, after="lemmatizer")
        else:
            nlp.add_pipe(NAME, last=True)
    return nlp
