package extract

import (
	"slices"
	"strings"

	"newsgraph/schema"
)

// futureCues before a meeting word make it a planned meeting.
var futureCues = set(`will 'll to shall plans planned plan due set expected scheduled upcoming
looming proposed forthcoming possible potential next`)

// meetingNouns name an encounter of the parties after "between".
var meetingNouns = map[string]schema.Predicate{
	"meeting": schema.Met, "meetings": schema.Met, "talks": schema.Met, "summit": schema.Met,
	"negotiations": schema.Met, "face-to-face": schema.Met,
	"call": schema.SpokeWith, "conversation": schema.SpokeWith, "discussions": schema.SpokeWith,
	"discussion": schema.SpokeWith, "phone": schema.SpokeWith,
}

// relations reads the relations of the predicate table from trigger verbs
// and nouns between mentions: "X held talks with Y", "X met Y", "a meeting
// between X and Y", "X criticised Y". Negated or hypothetical statements
// ("would not meet", "if X invaded") are skipped.
func (d *document) relations() {
	for si := range d.sents {
		toks := d.sents[si].toks
		for v := range toks {
			t := toks[v]
			if t.quoted {
				d.quotedFirstPerson(si, v)
				continue
			}
			if t.lower == "between" {
				d.between(si, v)
				continue
			}
			if (t.lower == "was" || t.lower == "is") && v+1 < len(toks) && toks[v+1].lower == "in" {
				d.beingIn(si, v)
				continue
			}
			if p, ok := meetingNouns[t.lower]; ok && p == schema.Met && v+1 < len(toks) && toks[v+1].lower == "of" {
				d.meetingOf(si, v)
			}
			if t.lower == "defence" || t.lower == "defense" {
				d.cameToDefence(si, v)
				continue
			}
			if strings.Contains(t.text, "-") {
				d.hyphenPair(si, v)
			}
			if t.lower == "from" {
				d.criticismFrom(si, v)
			}
			if (t.lower == "support" || t.lower == "weight") && v+1 < len(toks) && toks[v+1].lower == "behind" {
				d.thrownBehind(si, v)
			}
			if _, ok := gainedNouns[t.lower]; ok && v+1 < len(toks) && (toks[v+1].lower == "of" || toks[v+1].lower == "from") {
				d.endorsement(si, v)
			}
			if attackNouns[t.lower] && v+1 < len(toks) && attackPreps[toks[v+1].lower] {
				d.attackNoun(si, v)
			}
			if isReporting(t) {
				d.saidWrong(si, v)
			}
			if t.cap && !t.common && !(v == 0 && isParticiple(t.lower) && len(toks) > 1 && prepositions[toks[1].lower]) {
				continue // "Visit Britain", "Support Group": part of a name
			}
			for _, tr := range verbTriggers[t.lower] {
				if tr.next && (v+1 >= len(toks) || toks[v+1].lower != tr.prep) {
					continue
				}
				if tr.progressive && (v == 0 || !progressiveAux[toks[v-1].lower]) {
					continue
				}
				if tr.given && !givenBefore(toks, v) {
					continue
				}
				if tr.base && !d.subjectJustBefore(si, v) || tr.afterFired && (v == 0 || toks[v-1].lower != "fired" && toks[v-1].lower != "shot") {
					continue
				}
				if pushVerbs[t.lower] && passiveAuxBefore(toks, v) >= 0 {
					continue // "a deal pushed by X": promoted, no one pressed
				}
				if aux := passiveAuxBefore(toks, v); aux >= 0 && tr.prep == "" && v+1 < len(toks) && toks[v+1].lower == "by" {
					// "X was backed by Y", "X was heavily criticised by
					// Y": Y backed X.
					agents := d.objectsAfter(si, v+1, "")
					patients := d.subjectOf(si, aux)
					if len(agents) > 0 && len(patients) > 0 && !d.negated(si, aux) {
						for _, s := range d.ents(agents) {
							for _, o := range d.ents(patients) {
								d.addFact(si, s, tr.pred, o)
							}
						}
					}
					continue
				}
				objs := d.objectsAfter(si, v, tr.prep)
				objs = d.notModifiers(objs)
				if tr.pred == schema.Met && strings.HasPrefix(t.lower, "host") {
					objs = d.notIndefinite(objs)
				}
				if tr.owner && (len(objs) != 1 || !d.mentions[objs[0]].possessive) {
					objs = nil // "welcomed X's decision", not "welcomed X"
				}
				if (tr.pred == schema.Met || tr.pred == schema.WillMeet) && tr.prep == "" && len(objs) == 1 && d.mentions[objs[0]].possessive {
					objs = nil // "met X's cross", "meet X's demands": a thing of X's, no meeting
				}
				if tr.call && !d.phoneCall(si, v, objs) {
					objs = nil
				}
				if pushVerbs[t.lower] && len(objs) > 0 && !toAct(toks, d.mentions[objs[len(objs)-1]]) {
					objs = nil // "pushed X to the left", "pushed X off the top"
				}
				if challenges[t.lower] && len(objs) > 0 {
					// "challenged X to deny …", "challenged X on Y"
					// press X; "challenged X for the leadership",
					// "challenged X's bid" contest X's post.
					if m := &d.mentions[objs[len(objs)-1]]; m.possessive || m.end >= len(toks) || !pressPreps[toks[m.end].lower] {
						objs = nil
					}
				}
				if tr.pred == schema.Visited {
					objs = d.notPronouns(objs) // "back from her break in …"
					objs = d.notPremisesOwners(objs)
					if nounTriggers[t.lower] && d.calledOff(si, v) {
						objs = nil // "X's trip to Lima was cancelled"
					}
				}
				if tr.pred == schema.Visited && len(objs) == 0 && !nounTriggers[t.lower] && tr.prep != "from" {
					objs = d.placesAfter(si, v)
				}
				if tr.pred == schema.Visited && tr.prep == "" && (!d.anyLoc(objs) || len(objs) == 1 && d.mentions[objs[0]].possessive) {
					// "touring the county's finest fort, Dover Castle":
					// the place is named in an apposition.
					if ap := d.appositionPlaces(si, v); len(ap) > 0 {
						objs = ap
					}
				}
				if len(objs) == 0 && (tr.pred == schema.Criticized || tr.pred == schema.Praised || tr.pred == schema.Supports) {
					objs = d.actOwner(si, v)
				}
				if len(objs) == 0 && (tr.pred == schema.Criticized || tr.pred == schema.Praised || tr.pred == schema.Supports) {
					objs = d.ideaOwner(si, v)
				}
				pred := tr.pred
				if len(objs) == 0 && (tr.pred == schema.Criticized || tr.pred == schema.Praised || tr.pred == schema.Supports || tr.pred == schema.Attacked) {
					objs = d.modifierOwner(si, v, tr.prep)
					if len(objs) > 0 && pred == schema.Attacked {
						// "attacked the Chilean plans": an attack on
						// plans is criticism, whoever makes it.
						pred = schema.Criticized
					}
				}
				if len(objs) == 0 && tr.pred == schema.Supports && nounTriggers[t.lower] && v+2 < len(toks) && toks[v+1].lower == tr.prep {
					// "an advocate of Turkish membership": the demonym's country.
					if mi := d.mentionStarting(si, v+2); mi >= 0 && d.mentions[mi].kind == byAdjective && d.mentions[mi].ent >= 0 {
						objs = []int{mi}
					}
				}
				var subj []int
				if tr.pred != schema.Visited && d.bothOf(si, v) && len(d.lastPair) == 2 && d.eachOther(si, v) {
					// "Both leaders extended invitations to each other".
					a, b := d.lastPair[0], d.lastPair[1]
					d.addFact(si, a, tr.pred, b)
					d.addFact(si, b, tr.pred, a)
					continue
				}
				if nounTriggers[t.lower] {
					subj = d.modifierOf(si, v)
					if len(subj) == 1 && subj[0] < 0 {
						continue
					}
					// "Smith's China trip": the place is where she went.
					if tr.pred == schema.Visited && len(subj) == 1 && isLoc(d.entities[d.mentions[subj[0]].ent].typ) {
						m := &d.mentions[subj[0]]
						objs = subj
						subj = nil
						if m.start >= 2 && isPossessive(d.sents[si].toks[m.start-1]) {
							if p := d.mentionEnding(si, m.start-1); p >= 0 && d.usable(p) {
								subj = []int{p}
							}
						}
						if len(subj) == 0 {
							continue
						}
					}
				}
				if len(subj) == 1 && judgementNouns[t.lower] && subj[0] >= 0 {
					// "FBI criticism", "X's criticism"; in "X cited
					// criticism" it is not X's own.
					if e := d.mentions[subj[0]].end; !(e == v || e == v-1 && isPossessive(toks[v-1])) {
						subj = nil
					}
				}
				if len(subj) == 0 && judgementNouns[t.lower] && !d.voiced(si, v) {
					continue // "cited criticism of Y": someone else's
				}
				if len(subj) == 0 {
					if nounTriggers[t.lower] {
						subj = d.subjectOfNoun(si, v)
					}
					if len(subj) == 0 {
						if u := d.coordinatedVerb(si, v); u >= 0 {
							subj = d.subjectOf(si, u)
						} else {
							subj = d.subjectOf(si, v)
						}
						// Only meetings and aid read a subject from afar:
						// "X told reporters a meeting with Y was planned".
						if nounTriggers[t.lower] && tr.pred != schema.Met && tr.pred != schema.WillMeet && tr.pred != schema.SpokeWith && !(tr.pred == schema.Aided && len(subj) > 0 && !d.isPerson(subj[0])) {
							subj = nil
						}
					}
				}
				if len(subj) == 0 && nounTriggers[t.lower] {
					// "X said in an interview with Y": the speaker.
					if u := d.reportingBefore(si, v); u >= 0 {
						subj = d.subjectOf(si, u)
					}
				}
				if len(subj) == 0 && d.inIntro(si, v) {
					subj = d.mainSubject(si)
				}
				if len(subj) == 0 && pairTriggers[t.lower] && !nounTriggers[t.lower] && tr.pred.Symmetric() && len(d.lastPair) == 2 && d.bothOf(si, v) && !d.negated(si, v) && !d.spokeApart(si, v) {
					// "Both nations agreed to …": the last two actors named
					// together.
					d.addFact(si, d.lastPair[0], tr.pred, d.lastPair[1])
					continue
				}
				if len(subj) == 0 || d.negated(si, v) || !nounTriggers[t.lower] && (d.subordinateBetween(si, subj, v) || d.possessorSubject(si, subj[0], v)) {
					continue
				}
				if pred == schema.Met && d.future(si, v) {
					pred = schema.WillMeet
				}
				if pred == schema.AgreedWith && len(objs) == 1 {
					// "agreed with X that …", "agreed with X's view": a
					// shared opinion, not an agreement reached together.
					m := &d.mentions[objs[0]]
					if m.possessive || m.end < len(toks) && toks[m.end].lower == "that" {
						pred = schema.Supports
					}
				}
				if len(subj) == 2 {
					d.lastPair = d.ents(subj)
				}
				// "met leaders in Baghdad": a past meeting or visit in a place.
				if (t.lower == "met" || t.lower == "visited" || t.lower == "arrived") && pred != schema.WillMeet {
					for _, o := range d.ents(d.placesAfter(si, v)) {
						for _, s := range d.ents(subj) {
							d.addFact(si, s, schema.Visited, o)
						}
					}
				}
				if len(objs) == 0 {
					if pred.Symmetric() && len(subj) >= 2 && (tr.prep == "" || tr.prep == "with") && pairTriggers[t.lower] && !d.spokeApart(si, v) {
						d.pairwise(si, pred, d.ents(subj))
					}
					continue
				}
				if oe := d.ents(objs); len(oe) == 2 && d.entities[oe[0]].typ == d.entities[oe[1]].typ && d.joinedByAnd(objs) {
					d.lastPair = oe
				}
				if (pred == schema.Met || pred == schema.WillMeet) && !nounTriggers[t.lower] {
					// "X met Y and Z": one meeting of three.
					d.pairwise(si, pred, d.ents(objs))
				}
				for _, s := range d.ents(subj) {
					for _, o := range d.ents(objs) {
						// One travels to places; one visits people.
						if pred == schema.Visited && d.entities[o].typ == schema.Person && !strings.HasPrefix(t.lower, "visit") {
							continue
						}
						d.addFact(si, s, pred, o)
					}
				}
			}
		}
	}
}

// phoneCall reports whether the object ms of "called" at v is one a
// person telephoned: one person named alone, right after the verb (past
// an honorific or title), and then the sentence's end, a time ("called X
// on Friday") or "to" and a verb of talk ("called X to congratulate
// him"). The caller is named, or is "who", right before the verb.
// "Called X a liar", "called X's remarks" and "a singer called X" are
// namings.
func (d *document) phoneCall(si, v int, ms []int) bool {
	toks := d.sents[si].toks
	if len(ms) != 1 || v == 0 {
		return false
	}
	if p := toks[v-1]; d.mentionEnding(si, v) < 0 && p.lower != "who" && !adverbs[p.lower] {
		return false // "a guitarist called X": a naming
	}
	m := &d.mentions[ms[0]]
	if m.possessive || m.kind != byName || !d.isPerson(ms[0]) {
		return false
	}
	for k := v + 1; k < m.start; k++ {
		if !toks[k].title && !honorifics[toks[k].lower] {
			return false
		}
	}
	if m.end >= len(toks) {
		return true
	}
	switch n := toks[m.end]; {
	case n.text == "." || n.text == ";":
		return true
	case callTimes[n.lower] && !n.cap, weekdays[n.lower]:
		return true
	case n.lower == "to" && m.end+1 < len(toks):
		return callPurposes[toks[m.end+1].lower]
	}
	return false
}

// givenBefore reports whether a verb of giving in the past (givenVerbs)
// stands before the noun at v, past at most three words that are no
// verbs of their own ("gave his full support", "pledged their support").
func givenBefore(toks []token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		t := toks[k]
		if givenVerbs[t.lower] {
			return true
		}
		if !t.word || t.quoted || t.cap && !t.common {
			return false
		}
	}
	return false
}

// homeNouns name where one visits a person: "visited Tom Hale's home".
var homeNouns = set(`home house residence bedside farm ranch estate flat apartment villa`)

// notPremisesOwners drops a person named as the owner of the premises
// visited ("visiting Hale's shop", "visited the Ruiz campaign's
// headquarters"): one went to the premises, not to see the person; a
// home is where one sees the person ("visited Hale's home").
func (d *document) notPremisesOwners(ms []int) []int {
	var out []int
	for _, mi := range ms {
		m := &d.mentions[mi]
		toks := d.sents[m.sent].toks
		k := m.end
		if k < len(toks) && isPossessive(toks[k]) {
			k++
		}
		if m.possessive && d.isPerson(mi) && k < len(toks) && toks[k].word && !toks[k].cap && !homeNouns[toks[k].lower] {
			continue
		}
		out = append(out, mi)
	}
	return out
}

// progressiveAux before an -ing form make it a verb of its clause ("is
// endorsing").
var progressiveAux = set(`is are was were been 's 're`)

// passiveAuxBefore returns the passive auxiliary before the participle at
// v, right before it or before one adverb in -ly ("was heavily
// criticised"), or -1 when there is none.
func passiveAuxBefore(toks []token, v int) int {
	k := v - 1
	if k > 0 && strings.HasSuffix(toks[k].lower, "ly") && len(toks[k].lower) > 4 && !toks[k].cap {
		k--
	}
	if k >= 0 && passiveAux[toks[k].lower] {
		return k
	}
	return -1
}

// inIntro reports whether token v lies in an introductory phrase before
// the sentence's first comma ("Following a meeting with X, he …").
func (d *document) inIntro(si, v int) bool {
	toks := d.sents[si].toks
	if len(toks) == 0 || !(prepositions[toks[0].lower] || isParticiple(toks[0].lower)) {
		return false
	}
	for k := 0; k < v; k++ {
		if toks[k].text == "," {
			return false
		}
	}
	return true
}

// future reports whether the word at v speaks of a planned event.
func (d *document) future(si, v int) bool {
	toks := d.sents[si].toks
	if toks[v].lower == "meet" {
		return true
	}
	for k := v + 1; k < len(toks) && k < v+12; k++ {
		w := toks[k].lower
		if toks[k].text == ";" || toks[k].quoted {
			break
		}
		if w == "will" || w == "'ll" || w == "planned" || w == "scheduled" || w == "expected" || w == "works" && toks[k-1].lower == "the" {
			return true
		}
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if futureCues[toks[k].lower] {
			return true
		}
	}
	return false
}

// between reads "talks between X and Y", "a phone call between X and Y".
func (d *document) between(si, v int) {
	toks := d.sents[si].toks
	pred := schema.Predicate("")
	noun := -1
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if p, ok := meetingNouns[toks[k].lower]; ok {
			pred, noun = p, k
			if k > 0 && toks[k-1].lower == "phone" {
				pred = schema.SpokeWith
			}
			break
		}
	}
	if pred == "" || d.negatedNoun(si, noun) {
		return
	}
	if pred == schema.Met {
		for k := range toks {
			if futureCues[toks[k].lower] && !toks[k].quoted && toks[k].lower != "to" || toks[k].lower == "ahead" {
				pred = schema.WillMeet
				break
			}
		}
	}
	objs := d.ents(d.objectsAfter(si, v, ""))
	if len(objs) == 0 && v+3 < len(toks) && (toks[v+1].lower == "himself" || toks[v+1].lower == "herself") && toks[v+2].lower == "and" {
		// "X said there were no meetings between himself and Y": the
		// reflexive is the one who says it, else the clause's subject.
		if self := d.reflexiveAntecedent(si, v); self >= 0 {
			objs = append([]int{self}, d.ents(d.objectsAfter(si, v+2, ""))...)
		}
	}
	if len(objs) == 0 && v+3 < len(toks) && toks[v+1].lower == "the" && toks[v+2].lower == "two" {
		objs = d.lastPair // "between the two leaders"
	}
	if pred == schema.Met && len(objs) == 2 {
		// Talks between two who are yet to meet are the planned ones.
		a, b := min(objs[0], objs[1]), max(objs[0], objs[1])
		if d.factSeen[factKey{a, b, schema.WillMeet}] {
			pred = schema.WillMeet
		}
	}
	if len(objs) == 2 {
		d.lastPair = objs
	}
	d.pairwise(si, pred, objs)
}

// negatedNoun reports whether the meeting noun at k is denied ("no talks
// between", "did not hold talks between"): a negation among the three words
// before it, up to a preposition. "X was never at meetings between Y and
// Z" denies X's presence, not the meetings.
func (d *document) negatedNoun(si, k int) bool {
	toks := d.sents[si].toks
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if prepositions[toks[j].lower] {
			return false
		}
		if negations[toks[j].lower] || toks[j].lower == "n't" {
			return true
		}
	}
	return false
}

// reflexiveAntecedent returns the person a reflexive pronoun after token v
// refers to: the subject of the last reporting verb before it, else the
// sentence's subject, when that is one person; or -1.
func (d *document) reflexiveAntecedent(si, v int) int {
	toks := d.sents[si].toks
	subj := d.mainSubject(si)
	for k := v - 1; k >= 0; k-- {
		if isReporting(toks[k]) && !toks[k].quoted {
			subj = d.subjectOf(si, k)
			break
		}
	}
	if es := d.ents(subj); len(es) == 1 && d.entities[es[0]].typ == schema.Person {
		return es[0]
	}
	return -1
}

// attackNouns name attacks in words or arms on someone, after which
// attackPreps name the one attacked: "X's attacks on Y", "took shots at
// Y", "his tirade against Y".
var attackNouns = set(`attacks assault assaults shots potshots broadside broadsides tirade tirades
onslaught barbs jibes`)

var attackPreps = set(`on at against`)

// attackNoun reads an attack named by the noun at v whose owner is the
// name or possessive before it ("Ruiz's attacks on Hale", "his
// assault on Mr Soto") or the subject of a light verb ("has taken
// frequent shots at X"). An attack by a person, or on one, is criticism
// (addFact); one by a country on a country, an armed attack.
func (d *document) attackNoun(si, v int) {
	subj := d.modifierOf(si, v)
	if len(subj) == 0 {
		subj = d.subjectOfNoun(si, v)
	}
	if len(subj) == 0 || subj[0] < 0 || d.negated(si, v) || d.future(si, v) {
		return
	}
	// "X said the time had come when Y must tone down his attacks": "his"
	// may be any person named between the sentence's subject and it.
	if end := d.mentions[subj[0]].end; end < v {
		for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
			if m := &d.mentions[mi]; m.start >= end && m.end <= v && m.ent != d.mentions[subj[0]].ent && d.isPerson(mi) && m.kind != byPronoun {
				return
			}
		}
	}
	objs := d.notPronouns(d.notModifiers(d.objectsAfter(si, v, d.sents[si].toks[v+1].lower)))
	for _, s := range d.ents(subj) {
		for _, o := range d.ents(objs) {
			d.addFact(si, s, schema.Attacked, o)
		}
	}
}

// throwVerbs throw support or weight behind someone; the plain form
// "throw" is left out: "will throw", "urged X to throw" speak of what is
// to come or wished for.
var throwVerbs = set(`threw throws throwing thrown`)

// ownerPronouns stand for the owner of the support thrown ("threw her
// support behind").
var ownerPronouns = set(`his her its their`)

// thrownBehind reads support thrown behind someone at the noun at v: "X
// threw her support behind Y", "X has thrown its full weight behind Y".
// The subject of the verb supports the one named after "behind", or the
// owner of the act named there ("behind Y's plan").
func (d *document) thrownBehind(si, v int) {
	toks := d.sents[si].toks
	k := v - 1
	if k >= 0 && (toks[k].lower == "full" || toks[k].lower == "whole") {
		k--
	}
	if k < 1 || !ownerPronouns[toks[k].lower] || !throwVerbs[toks[k-1].lower] || d.negated(si, k-1) {
		return
	}
	// "her" in "X, throwing her weight behind" stands for X; the
	// pronoun's antecedent is surer than the subject of a participle.
	subj := d.subjectOf(si, k-1)
	if mi := d.mentionStarting(si, k); mi >= 0 && d.mentions[mi].ent >= 0 {
		subj = []int{mi}
	}
	objs := d.notModifiers(d.objectsAfter(si, v, "behind"))
	if len(objs) == 0 {
		objs = d.actOwner(si, v)
	}
	for _, s := range d.ents(subj) {
		for _, o := range d.ents(objs) {
			d.addFact(si, s, schema.Supports, o)
		}
	}
}

// gainedNouns name support or praise given to someone, with the relation
// they state: its giver follows "of" or "from" after a verb of gaining
// ("won the backing of X", "drew praise from X"), and the owner of an
// endorsement gives it ("X's endorsement of Y").
var gainedNouns = map[string]schema.Predicate{
	"endorsement": schema.Supports, "endorsements": schema.Supports, "backing": schema.Supports,
	"support": schema.Supports, "praise": schema.Praised, "plaudits": schema.Praised,
}

// gainVerbs make their subject the one supported by the giver of the
// support they gain. Their plain forms are left out: "to win the support
// of", "could gain backing from" speak of what is sought.
var gainVerbs = set(`won wins winning received receives receiving secured secures securing
earned earns earning gained gains gaining got gets picked picks picking snagged snags landed
lands touted touts touting clinched clinches drew draws drawn drawing`)

// withdrawVerbs take back or refuse an endorsement ("rescinded his
// endorsement of X"), which is then no support.
var withdrawVerbs = set(`rescinded rescinds withdrew withdraws withdrawn withdrawing revoked
revokes pulled pulls disavowed disavows disavow refused refuses refuse rejected rejects reject
repudiated repudiates repudiate`)

// endorsement reads support or praise named by the noun at v followed by
// "of" or "from": "X won the endorsement of Y", "X picked up backing from
// Y" (Y supports X), "X drew praise from Y" (Y praised X), and "Y's
// endorsement of X", "Y announced his endorsement of X" (Y supports X).
// Support gained only in a negated or hypothetical clause ("failed to win
// the support of Y") is none, as is an endorsement withdrawn or refused.
func (d *document) endorsement(si, v int) {
	toks := d.sents[si].toks
	prep := toks[v+1].lower
	objs := d.notModifiers(d.objectsAfter(si, v, prep))
	if len(objs) == 0 {
		return
	}
	// "won the endorsement", "picked up an early endorsement".
	j := v - 1
	if j >= 0 && !toks[j].cap && toks[j].word && !determiners[toks[j].lower] && !gainVerbs[toks[j].lower] && !isPossessive(toks[j]) {
		j--
	}
	if j >= 0 && (toks[j].lower == "the" || toks[j].lower == "an" || toks[j].lower == "a") {
		j--
	}
	if j >= 1 && toks[j].lower == "up" {
		j--
	}
	if j >= 0 && gainVerbs[toks[j].lower] {
		if d.negated(si, j) || toks[j].lower == "picked" && toks[j+1].lower != "up" {
			return
		}
		for _, o := range d.ents(d.subjectOf(si, j)) {
			for _, s := range d.ents(objs) {
				d.addFact(si, s, gainedNouns[toks[v].lower], o)
			}
		}
		return
	}
	if !strings.HasPrefix(toks[v].lower, "endorsement") || prep != "of" {
		return
	}
	subj := d.modifierOf(si, v)
	if len(subj) != 1 || subj[0] < 0 || d.negated(si, v) || d.future(si, v) {
		return
	}
	// "rescinded his endorsement of X", "disavowed Y's endorsement".
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		if withdrawVerbs[toks[k].lower] {
			return
		}
	}
	for _, s := range d.ents(subj) {
		for _, o := range d.ents(objs) {
			d.addFact(si, s, schema.Supports, o)
		}
	}
}

// criticismNouns are criticism someone faces from others ("drew
// criticism from X", "came under fire from X").
var criticismNouns = set(`criticism criticisms condemnation flak rebuke rebukes scorn fire attack`)

// facingVerbs make their subject the one who receives criticism.
var facingVerbs = set(`faced faces facing face drew draws drawing drawn received receives receiving
attracted attracts attracting came comes coming come rejected rejects rejecting dismissed
dismisses dismissing`)

// criticismFrom reads criticism that the subject of a clause faced from
// others at the "from" at v: "X drew sharp criticism from Y", "X came
// under fire from Y", "Facing criticism from Y, X …": Y criticised X.
// Criticism to come ("will face criticism from") is none.
func (d *document) criticismFrom(si, v int) {
	toks := d.sents[si].toks
	k := v - 1
	if k < 1 || !criticismNouns[toks[k].lower] {
		return
	}
	k--
	for n := 0; k >= 0 && n < 2 && !toks[k].cap && toks[k].word && !facingVerbs[toks[k].lower] && toks[k].lower != "under"; n++ {
		k-- // "mounting", "widespread", "stepped-up"
	}
	if k > 0 && toks[k].lower == "under" {
		k-- // "came under fire from"
	}
	if k < 0 || !facingVerbs[toks[k].lower] || toks[k].quoted || d.negated(si, k) || d.future(si, k) {
		return
	}
	critics := d.notPronouns(d.objectsAfter(si, v, ""))
	if len(critics) == 0 {
		return
	}
	for _, s := range d.ents(critics) {
		for _, mi := range d.subjectOf(si, k) {
			// "the remark about the flood in Lima drew rebukes": a
			// place governed by a preposition is no one who faces
			// criticism.
			if o := d.mentions[mi].ent; !d.precededByPrep(mi) && !isLoc(d.entities[o].typ) {
				d.addFact(si, s, schema.Criticized, o)
			}
		}
	}
}

// dealNouns name an agreement reached; with meetingNouns, they are the
// heads of the compounds that hyphenPair reads.
var dealNouns = set(`deal deals agreement agreements accord accords pact treaty`)

// hyphenPair reads a compound whose modifier joins two actors by a hyphen
// and whose head is a deal or a meeting: "the Chile-Peru trade deal" is
// an agreement between them, "Chile-Peru talks" a meeting. The head is the
// last such noun of the lower-case words after the pair: "peace talks
// accord" is an accord, "trade agreement talks" are talks. A deal hoped
// for or to come ("hopes for a Chile-Peru deal", "a possible Chile-Peru
// deal") is none.
func (d *document) hyphenPair(si, v int) {
	toks := d.sents[si].toks
	var pair []int
	for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
		m := &d.mentions[mi]
		if m.start == v && m.end == v+1 && m.kind == byName && m.ent >= 0 && !m.possessive {
			pair = append(pair, m.ent)
		}
	}
	if len(pair) != 2 || pair[0] == pair[1] {
		return
	}
	head := -1
	for k := v + 1; k < len(toks) && k <= v+3; k++ {
		t := toks[k]
		if t.quoted || !t.word || t.cap || prepositions[t.lower] || determiners[t.lower] || auxiliaries[t.lower] || t.lower == "and" || t.lower == "or" {
			break
		}
		if _, ok := meetingNouns[t.lower]; ok || dealNouns[t.lower] {
			head = k
		}
	}
	if head < 0 || d.negated(si, v) {
		return
	}
	pred, ok := meetingNouns[toks[head].lower]
	if !ok {
		pred = schema.AgreedWith
	}
	switch {
	case pred == schema.AgreedWith && (d.future(si, v) || d.future(si, head)):
		return
	case pred == schema.AgreedWith && v >= 2 && toks[v-1].lower == "a" && (toks[v-2].lower == "for" || toks[v-2].lower == "on"):
		return // "hopes for a Chile-Peru deal", "talks on a … deal"
	case pred == schema.Met && (d.future(si, v) || d.future(si, head)):
		pred = schema.WillMeet
	}
	d.addFact(si, pair[0], pred, pair[1])
}

// modifierOf returns the name or demonym that modifies the trigger noun at
// v: "the EU demand", "American military aid", "Smith's planned trip".
func (d *document) modifierOf(si, v int) []int {
	toks := d.sents[si].toks
	k := v - 1
	for n := 0; k >= 0 && n < 2; n++ {
		t := toks[k]
		if t.cap || !t.word || prepositions[t.lower] || lightVerbs[t.lower] || determiners[t.lower] || reportingVerbs[t.lower] {
			break
		}
		k--
	}
	if k >= 0 && (toks[k].lower == "his" || toks[k].lower == "her") {
		// "his peace talks": the subject of the sentence, if a person
		// named before, or after an introductory phrase ("During her
		// visit to X, Y met …").
		if subj := d.mainSubject(si); len(subj) > 0 && d.isPerson(subj[0]) && (d.mentions[subj[0]].end <= k || d.inIntro(si, k)) {
			return subj[:1]
		}
		return []int{-1} // the owner is unknown: no other subject
	}
	if k >= 0 && isPossessive(toks[k]) {
		k--
	}
	if k < 0 {
		return nil
	}
	mi := d.mentionEnding(si, k+1)
	if mi < 0 || d.mentions[mi].ent < 0 || d.mentions[mi].kind == byPronoun && !d.mentions[mi].possessive {
		return nil
	}
	return []int{mi}
}

// placesAfter returns the places and countries named in the rest of the
// clause after token v ("visited the tomb of X in Ramallah").
func (d *document) placesAfter(si, v int) []int {
	toks := d.sents[si].toks
	var out []int
	for k := v + 1; k < len(toks) && k < v+12; k++ {
		t := toks[k]
		if t.quoted || t.text == "," || t.text == ";" || t.text == "." || isDash(t.text) || t.lower == "where" || t.lower == "which" || t.lower == "who" || t.lower == "before" || t.lower == "after" {
			break
		}
		if mi := d.mentionStarting(si, k); mi >= 0 {
			m := &d.mentions[mi]
			if m.kind == byName && m.ent >= 0 && isLoc(d.entities[m.ent].typ) && d.precededByPrep(mi) && !m.possessive && !d.qualifier(mi) {
				out = append(out, mi)
			}
			k = m.end - 1
		}
	}
	return out
}

// ideaWords name what someone proposed or said.
var ideaWords = set(`idea proposal plan suggestion offer claim claims remarks comments call stance position demand demands`)

// ideaOwner resolves "dismissed this idea" to the subject of the sentence
// before, whose idea it was.
func (d *document) ideaOwner(si, v int) []int {
	toks := d.sents[si].toks
	if v+2 >= len(toks) || !(toks[v+1].lower == "this" || toks[v+1].lower == "that") || !ideaWords[toks[v+2].lower] || si == 0 {
		return nil
	}
	if v+3 < len(toks) && (toks[v+3].lower == "of" || toks[v+3].lower == "by") {
		return nil
	}
	return d.mainSubject(si - 1)
}

func (d *document) pairwise(si int, p schema.Predicate, es []int) {
	for i := range es {
		for j := i + 1; j < len(es); j++ {
			d.addFact(si, es[i], p, es[j])
		}
	}
}

// addFact records a relation once, checking the types it allows.
func (d *document) addFact(si, s int, p schema.Predicate, o int) {
	if s == o || s < 0 || o < 0 {
		return
	}
	st, ot := d.entities[s].typ, d.entities[o].typ
	if st == schema.Event || ot == schema.Event || st == schema.Place && p != schema.Attacked {
		return
	}
	switch p {
	case schema.Visited:
		// People travel; a firm, a record or a programme that "went to
		// number one in the UK" or "went on release in the US" did not.
		if ot != schema.Place && ot != schema.Country && ot != schema.Person || st != schema.Person {
			return
		}
	case schema.Attacked:
		// Armed attacks are by countries and armed groups on countries
		// and places; "attacked the minister", "Smith attacks US over
		// aid" is criticism.
		if ot != schema.Country && ot != schema.Place || st == schema.Person {
			p = schema.Criticized
		}
	case schema.Told:
		if ot != schema.Person && ot != schema.Organization {
			return
		}
	case schema.Met, schema.WillMeet, schema.SpokeWith:
		if ot == schema.Place || st != schema.Person && st != schema.Organization && st != schema.Country {
			return
		}
		// "Speaking to the BBC's Westminster Hour": an audience.
		if p == schema.SpokeWith && ot == schema.Organization && st == schema.Person {
			p = schema.Told
		}
	}
	if p.Symmetric() && s > o {
		s, o = o, s
	}
	k := factKey{s, o, p}
	if d.factSeen[k] {
		return
	}
	d.factSeen[k] = true
	d.facts = append(d.facts, Fact{Subject: s, Predicate: p, Object: o, Evidence: d.evidence(si)})
}

// joinedByAnd reports whether the two mentions ms are joined by "and"
// ("Spain and Portugal", "both Spain and Portugal"), not one placed in the
// other ("the cathedral in Seville").
func (d *document) joinedByAnd(ms []int) bool {
	if len(ms) != 2 || d.mentions[ms[0]].sent != d.mentions[ms[1]].sent {
		return false
	}
	a, b := ms[0], ms[1]
	if d.mentions[a].start > d.mentions[b].start {
		a, b = b, a
	}
	return slices.Contains(d.coordinated(b), a)
}

// pairTriggers state a relation between coordinated subjects without an
// object ("A and B met", "A and B agreed to …").
var pairTriggers = set(`met meet meets meeting talks talked spoke speak spoken agreed agree agrees
convened convene held hold`)

// speakingVerbs say that someone spoke, to whom the words after tell.
var speakingVerbs = set(`spoke speak speaks spoken talked`)

// spokeApart reports whether two who "spoke" at v spoke each on their
// own, not with each other: they spoke out, spoke to or at someone else,
// talked past each other, or both spoke ("have both spoken about …").
func (d *document) spokeApart(si, v int) bool {
	toks := d.sents[si].toks
	if !speakingVerbs[toks[v].lower] {
		return false
	}
	if v+1 < len(toks) {
		switch toks[v+1].lower {
		case "out", "up", "to", "at", "past", "before", "against", "of", "for", "in":
			return true
		}
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if toks[k].lower == "both" {
			return true
		}
	}
	return false
}

// bothOf reports whether the clause of token v opens with "Both leaders",
// "The two men" and the like: the last two actors named together.
func (d *document) bothOf(si, v int) bool {
	toks := d.sents[si].toks
	for k := 0; k+1 < v; k++ {
		w := toks[k].lower
		if (w == "both" || w == "two") && (groupNouns[toks[k+1].lower] || pairNouns[toks[k+1].lower]) || w == "both" && toks[k+1].lower == "men" || w == "two" && toks[k+1].lower == "men" {
			return true
		}
	}
	return false
}

// eachOther reports whether "each other" follows token v in its clause.
func (d *document) eachOther(si, v int) bool {
	toks := d.sents[si].toks
	for k := v + 1; k+1 < len(toks) && k < v+10; k++ {
		if toks[k].lower == "each" && toks[k+1].lower == "other" {
			return true
		}
	}
	return false
}

// pairNouns after "both" or "the two" stand for the last two actors named
// together ("Both nations signed", "the two parties").
var pairNouns = set(`sides countries nations governments parties men women`)

// notPronouns drops the pronouns from mentions ms.
func (d *document) notPronouns(ms []int) []int {
	var out []int
	for _, mi := range ms {
		if d.mentions[mi].kind != byPronoun {
			out = append(out, mi)
		}
	}
	return out
}

// anyLoc reports whether one of the mentions is a place or country.
func (d *document) anyLoc(ms []int) bool {
	for _, mi := range ms {
		if m := &d.mentions[mi]; m.ent >= 0 && isLoc(d.entities[m.ent].typ) {
			return true
		}
	}
	return false
}

// appositionPlaces reads the place named in an apposition to the object of
// the verb at v ("visited the region's largest port, Mombasa") and the
// places after it ("…, the old fort in Mombasa").
func (d *document) appositionPlaces(si, v int) []int {
	toks := d.sents[si].toks
	for k := v + 1; k < len(toks) && k <= v+7; k++ {
		t := toks[k]
		if t.quoted || t.text == "." || t.text == ";" || isDash(t.text) || t.lower == "and" {
			return nil
		}
		if t.text != "," {
			continue
		}
		mi := d.headAt(si, k+1)
		if mi < 0 || d.mentions[mi].ent < 0 || !isLoc(d.entities[d.mentions[mi].ent].typ) {
			return nil
		}
		return append([]int{mi}, d.placesAfter(si, d.mentions[mi].end-1)...)
	}
	return nil
}

// actNouns name an act, a stance or words of someone: the object of
// "praised the work of X", "criticised the stance of X".
var actNouns = set(`decision decisions effort efforts move moves comments remarks words stance
position policy policies handling leadership record response approach role work intervention
assessment statement speech conduct actions action report style performance initiative
achievement achievements courage commitment`)

// actOwner reads the owner of an act or of words after the trigger at v:
// "the work of X and Y", "the move by X", "the way X's team works",
// "the way X handled it".
func (d *document) actOwner(si, v int) []int {
	toks := d.sents[si].toks
	k := v + 1
	if k < len(toks) && (toks[k].lower == "the" || toks[k].lower == "this" || toks[k].lower == "that") {
		k++
	}
	if k+1 < len(toks) && toks[k].lower == "way" {
		if mi := d.headAt(si, k+1); mi >= 0 && d.usable(mi) && d.mentions[mi].kind != byPronoun {
			return []int{mi}
		}
		return nil
	}
	if k < len(toks) && !toks[k].cap && !actNouns[toks[k].lower] && k+1 < len(toks) && actNouns[toks[k+1].lower] {
		k++ // "the tireless work of"
	}
	if k+1 >= len(toks) || !actNouns[toks[k].lower] || toks[k+1].lower != "of" && toks[k+1].lower != "by" {
		return nil
	}
	k++
	if k+1 < len(toks) && toks[k+1].lower == "both" {
		k++
	}
	return d.notPronouns(d.objectsAfter(si, k, ""))
}

// ownedNouns are what someone proposes, does or says, so that a party or
// country modifying them is their owner: "attacked the Chilean plans",
// "backed a Peruvian attempt to", "criticised the Bolivian stance".
var ownedNouns = union(actNouns, ideaWords, set(`plans proposals pledges pledge attempt attempts bid
tactics strategy reforms campaign`))

// modifierOwner reads the owner of an act or of words that a party or
// country adjective, or an organisation's name, modifies in the object of
// the trigger at v: "attacked the Chilean plans" is criticism of Chile,
// "backed the Republican bid" support for the Republican Party. A
// country's name is left out: "praised Kenya moves", "backed the Peru
// policy" may be moves and policy towards the country, while a demonym
// or an organisation before its act is the one that acts.
func (d *document) modifierOwner(si, v int, prep string) []int {
	toks := d.sents[si].toks
	k := v + 1
	if prep != "" {
		for k < len(toks) && k <= v+2 && toks[k].lower != prep {
			k++
		}
		if k >= len(toks) || toks[k].lower != prep {
			return nil
		}
		k++
	}
	// "the", "a fresh", "the latest": determiners and a few lower-case
	// words before the modifier.
	for n := 0; k < len(toks) && n < 3 && d.mentionStarting(si, k) < 0; n++ {
		if t := toks[k]; t.quoted || !t.word || t.cap || prepositions[t.lower] || t.lower == "and" || t.lower == "that" {
			return nil
		}
		k++
	}
	mi := d.mentionStarting(si, k)
	if mi < 0 || d.mentions[mi].ent < 0 {
		return nil
	}
	m := &d.mentions[mi]
	switch typ := d.entities[m.ent].typ; {
	case m.kind == byAdjective && typ == schema.Organization:
	case m.kind == byAdjective && typ == schema.Country && !m.possessive: // "the Briton's remarks": a person's
	case m.kind == byName && typ == schema.Organization && !m.possessive:
	default:
		return nil
	}
	// "the Chilean border plans": at most two words between; "the
	// Democrat's call": a party adjective used as a noun owns it.
	start := m.end
	if m.possessive {
		start++
	}
	for j := start; j < len(toks) && j <= start+2; j++ {
		t := toks[j]
		if t.quoted || !t.word || t.cap || prepositions[t.lower] || t.lower == "and" {
			return nil
		}
		if ownedNouns[t.lower] {
			if j+1 < len(toks) && (toks[j+1].lower == "of" || toks[j+1].lower == "by") {
				return nil // "the Chilean plans of X": X's
			}
			return []int{mi}
		}
	}
	return nil
}

// coordinatedVerb finds the verb that the verb at v is joined to by "and"
// with no subject of its own ("X accused Y of … and chided him for …",
// "…, attacking Y and visiting Z"): the nearest relation or reporting
// verb before it in the sentence, an -ing form for an -ing form, or -1. The two share a subject; the nearest name before v is the first
// verb's object.
func (d *document) coordinatedVerb(si, v int) int {
	toks := d.sents[si].toks
	// "X has been a surrogate, attacking Y and visiting Z": an -ing form
	// joins an earlier one, whose object Y may end right before "and".
	part := isParticiple(toks[v].lower)
	if v < 2 || toks[v-1].lower != "and" || d.mentionEnding(si, v-1) >= 0 && !part {
		return -1
	}
	for u := v - 2; u >= 0; u-- {
		t := toks[u]
		if t.text == ";" || t.text == ":" || clauseOpeners[t.lower] || t.lower == "who" || t.lower == "which" || t.lower == "that" {
			return -1
		}
		if t.quoted || t.cap && !t.common || nounTriggers[t.lower] {
			continue
		}
		trig := len(verbTriggers[t.lower]) > 0 || isReporting(t)
		if isParticiple(t.lower) {
			if part && trig {
				if u > 0 && plainWord(toks[u-1]) && !adverbs[toks[u-1].lower] && !progressiveAux[toks[u-1].lower] {
					return -1 // "ads supporting X and attacking Y": the ads
				}
				return u
			}
			continue
		}
		if trig {
			if part {
				return -1
			}
			return u
		}
	}
	return -1
}

// subjectJustBefore reports whether a name stands right before the verb
// at v, or before an adverb there ("The Democrats now accuse"), as its
// subject: not governed by a preposition, not a possessor.
func (d *document) subjectJustBefore(si, v int) bool {
	toks := d.sents[si].toks
	k := v - 1
	if k > 0 && adverbs[toks[k].lower] && !auxiliaries[toks[k].lower] {
		k--
	}
	mi := d.mentionEnding(si, k+1)
	return mi >= 0 && d.usable(mi) && !d.mentions[mi].possessive && !d.precededByPrep(mi) && d.mentions[mi].kind != byPronoun
}

// possessorSubject reports whether the subject mention mi found for the
// verb at v is only the possessor of what acts ("ignored X's demand …
// even as officials railed against Y", "X's husband, Jim, … accusing
// Y"): a possessor does not act, unless the verb is a gerund right after
// it ("the country's backing the plan"). "He's" is "he is".
func (d *document) possessorSubject(si, mi, v int) bool {
	m := &d.mentions[mi]
	if !m.possessive || m.kind == byPronoun || m.end >= v {
		return false
	}
	return !(m.end+1 == v && isParticiple(d.sents[si].toks[v].lower))
}

// unnamedSubjects are pronouns that no mention stands for: a verb after
// one is not the act of a name before it.
var unnamedSubjects = set(`they we you it`)

// challenges are the verbs of challenging, a demand only when the one
// challenged is told what to do or pressed on a matter (pressPreps).
var challenges = set(`challenged challenges`)

// pushVerbs press their object only to act ("pushed X to resign").
var pushVerbs = set(`pushed pushes pressured pressures pressuring`)

// toAct reports whether "to" and a verb follow mention m, not possessive:
// "pushed X to resign", not "pushed X to the left" or "pushed X's plan".
func toAct(toks []token, m mention) bool {
	k := m.end
	return !m.possessive && k+1 < len(toks) && toks[k].lower == "to" && plainWord(toks[k+1]) && !determiners[toks[k+1].lower]
}

var pressPreps = set(`to on about over`)

// clauseOpeners open a clause with a subject of its own.
var clauseOpeners = set(`why how whether what when while because although though unless until
where since`)

// subordinateBetween reports whether a subordinate clause opens between
// the subject mentions subj and the trigger at v, with no comma closing
// it before v, or a pronoun that no mention stands for: in "he asked why
// ministers attacked the plans" the clause's subject is "ministers", whom
// no mention names, not "he"; in "X said they backed Y", "they". "Tom
// Hale, when asked, criticised …" and "X, while visiting Y, met Z" keep
// their subject.
func (d *document) subordinateBetween(si int, subj []int, v int) bool {
	toks := d.sents[si].toks
	end := 0
	for _, mi := range subj {
		end = max(end, d.mentions[mi].end)
	}
	open := false
	for k := end; k < v; k++ {
		switch {
		case toks[k].quoted:
		case clauseOpeners[toks[k].lower] && k+1 < v && !isParticiple(toks[k+1].lower):
			// "since returning", "while visiting": no subject of its own.
			open = true
		case unnamedSubjects[toks[k].lower] && d.mentionStarting(si, k) < 0:
			// "… supporting X, but they have been critical of Y": a
			// subject no mention names stands between.
			open = true
		case toks[k].text == "," || toks[k].text == ";" || isDash(toks[k].text):
			open = false
		}
	}
	return open
}

// union is the set of the words of all the sets.
func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			out[w] = true
		}
	}
	return out
}

// reportingBefore finds a reporting verb just before the noun at v,
// across a preposition and determiners ("said in an interview", "speaking
// in a radio interview"), or -1.
func (d *document) reportingBefore(si, v int) int {
	toks := d.sents[si].toks
	k := v - 1
	for k >= 0 && k >= v-3 && !toks[k].quoted && toks[k].word && !toks[k].cap && !prepositions[toks[k].lower] {
		k-- // "an exclusive", "a radio"
	}
	if k < 1 || toks[k].lower != "in" && toks[k].lower != "during" {
		return -1
	}
	k--
	if k > 0 && adverbs[toks[k].lower] {
		k--
	}
	if t := toks[k]; !t.quoted && (isReporting(t) || t.lower == "speaking") {
		return k
	}
	return -1
}

// notModifiers drops the names that only modify a noun after them ("praises
// Chile moves", "backed Peru plan"): the object is the act, not its place.
func (d *document) notModifiers(ms []int) []int {
	var out []int
	for _, mi := range ms {
		m := &d.mentions[mi]
		toks := d.sents[m.sent].toks
		if !m.possessive && m.end < len(toks) && (actNouns[toks[m.end].lower] || ideaWords[toks[m.end].lower]) {
			continue
		}
		out = append(out, mi)
	}
	return out
}

// notIndefinite drops the names after "a" or "an" that modify the
// lower-case word after them: one hosts "an Eastfold radio show" or "a
// Lima dinner", not Eastfold or Lima.
func (d *document) notIndefinite(ms []int) []int {
	var out []int
	for _, mi := range ms {
		m := &d.mentions[mi]
		toks := d.sents[m.sent].toks
		if !m.possessive && m.start > 0 && m.end < len(toks) && (toks[m.start-1].lower == "a" || toks[m.start-1].lower == "an") && toks[m.end].word && !toks[m.end].cap && !toks[m.end].quoted {
			continue
		}
		out = append(out, mi)
	}
	return out
}

// beingIn reads "X was in Y" at the verb v: a person named as subject was
// in a place or country, and so visited it ("On Monday Tom Hale was in
// Peru, where …"). Possessors ("is in Peru's interest") are no places.
func (d *document) beingIn(si, v int) {
	toks := d.sents[si].toks
	subj := d.subjectOf(si, v)
	if len(subj) != 1 || !d.isPerson(subj[0]) || d.negated(si, v) {
		return
	}
	mi := d.mentionStarting(si, v+2)
	if mi < 0 || d.mentions[mi].possessive || !d.usable(mi) || !isLoc(d.entities[d.mentions[mi].ent].typ) {
		return
	}
	if e := d.mentions[mi].end; e < len(toks) && toks[e].lower == "for" && e+1 < len(toks) && toks[e+1].lower == "years" {
		return
	}
	d.addFact(si, d.mentions[subj[0]].ent, schema.Visited, d.mentions[mi].ent)
}

// defenceVerbs come before "to X's defence".
var defenceVerbs = set(`came come comes coming rushed rushes leapt leaped sprang springs jumped`)

// cameToDefence reads "X came to Y's defence" and "X came to the defence
// of Y" at the noun v: X supports Y.
func (d *document) cameToDefence(si, v int) {
	toks := d.sents[si].toks
	var objs []int
	k := v - 1
	if k >= 1 && isPossessive(toks[k]) {
		if mi := d.mentionEnding(si, k); mi >= 0 && d.usable(mi) {
			objs = []int{mi}
			k = d.npStart(mi) - 1
		}
	} else if k >= 0 && toks[k].lower == "the" {
		objs = d.objectsAfter(si, v, "of")
		k--
	}
	if len(objs) == 0 || k < 1 || toks[k].lower != "to" || !defenceVerbs[toks[k-1].lower] || d.negated(si, k-1) {
		return
	}
	for _, s := range d.ents(d.subjectOf(si, k-1)) {
		for _, o := range d.ents(objs) {
			d.addFact(si, s, schema.Supports, o)
		}
	}
}

// faultWords judge someone's conduct or words as wrong ("said X was
// wrong", "said X's remarks were misleading"); meritWords judge them as
// right ("said X's comments were justified").
var faultWords = set(`wrong mistaken misguided irresponsible reckless naive dishonest incompetent
hypocritical foolish deluded misleading corrosive damaging disgraceful shameful unacceptable
outrageous appalling ridiculous absurd dangerous inaccurate biased flawed deplorable arrogant
untrue false baseless`)

// faultVerbs charge someone with a wrong done ("said X had failed to …",
// "say X is squandering the surplus", "said X had misled voters").
var faultVerbs = set(`failed failing betrayed betraying misled lied lying wasted wasting squandered
squandering bungled ducked ducking dodged dodging surrendered surrendering neglected neglecting
undermined undermining`)

var meritWords = set(`justified right correct important valuable sensible excellent admirable
courageous brave helpful constructive impressive reasonable accurate`)

// evalAux may join a judged noun phrase to its judgement.
var evalAux = set(`is are was were been being be has have had simply plain completely
entirely totally very well quite absolutely deeply highly`)

// saidWrong reads judgements reported at the reporting verb v: "X said Y
// was wrong", "X said she believed Y's remarks were “entirely correct” and
// Z's plan was “dangerous”", "X described Y's speech as “helpful”". A
// fault is criticism of Y, a merit support for Y.
func (d *document) saidWrong(si, v int) {
	toks := d.sents[si].toks
	var subj []int
	k := v + 1
	for n := 0; n < 2 && k < len(toks); n++ {
		if toks[k].lower == "that" {
			k++
		}
		// "said he thought …": the same speaker's opinion.
		if k+1 < len(toks) && d.mentionStarting(si, k) >= 0 && d.mentions[d.mentionStarting(si, k)].kind == byPronoun && isReporting(toks[k+1]) {
			k += 2
		}
	}
	describe := toks[v].lower == "described" || toks[v].lower == "describes" || toks[v].lower == "describing"
	for k < len(toks) {
		mi := d.headAt(si, k)
		if mi < 0 || !d.usable(mi) {
			return
		}
		m := &d.mentions[mi]
		if m.kind == byPronoun {
			// "the Tories say he is surrendering a key veto": a
			// pronoun judged by someone else; "X said he had
			// failed" is X's own admission.
			if subj == nil {
				subj = d.ents(d.subjectOf(si, v))
			}
			if len(subj) == 0 || slices.Contains(subj, m.ent) || d.entities[m.ent].typ != schema.Person {
				return
			}
		}
		j := m.end
		if m.possessive {
			// "Y's comments", "Y's style of leadership": the owner's.
			j++
			n := 0
			for j < len(toks) && n < 4 && toks[j].word && !toks[j].cap && !evalAux[toks[j].lower] && toks[j].lower != "as" && toks[j].lower != "and" {
				j++
				n++
			}
			if n == 0 {
				return
			}
		} else if describe {
			return
		}
		if describe {
			if j >= len(toks) || toks[j].lower != "as" {
				return
			}
			j++
		}
		n := 0
		for j < len(toks) && n < 4 && (evalAux[toks[j].lower] || isQuote(toks[j].text)) {
			j++
			n++
		}
		if n == 0 && !describe || j >= len(toks) || d.negated(si, j) || d.negated(si, v) {
			return
		}
		pred := schema.Predicate("")
		switch {
		case faultWords[toks[j].lower] || faultVerbs[toks[j].lower]:
			pred = schema.Criticized
		case meritWords[toks[j].lower] && m.possessive:
			pred = schema.Supports
		default:
			return
		}
		if subj == nil {
			subj = d.ents(d.subjectOf(si, v))
		}
		for _, s := range subj {
			d.addFact(si, s, pred, m.ent)
		}
		// "… and Z's plan was “dangerous”": a second judgement.
		k = j + 1
		for k < len(toks) && k < j+8 && toks[k].lower != "and" {
			if toks[k].text == "," || toks[k].text == ";" || toks[k].text == "." || isReporting(toks[k]) {
				return
			}
			k++
		}
		if k >= len(toks) || toks[k].lower != "and" {
			return
		}
		k++
	}
}

// firstPersonTriggers are present-tense verbs that state a relation when a
// speaker says them of themselves: "I condemn", "I welcome the work of".
var firstPersonTriggers = map[string]trigger{
	"condemn": {pred: schema.Criticized}, "criticise": {pred: schema.Criticized},
	"criticize": {pred: schema.Criticized}, "praise": {pred: schema.Praised},
	"applaud": {pred: schema.Praised, owner: true}, "welcome": {pred: schema.Praised, owner: true},
	"salute": {pred: schema.Praised}, "thank": {pred: schema.Praised},
	"support": {pred: schema.Supports}, "back": {pred: schema.Supports},
	"urge": {pred: schema.Demanded},
}

// quotedFirstPerson reads a relation the speaker of a quotation states of
// themselves: in “I salute the courage of X”, the speaker praised
// X; in “I met X yesterday”, the speaker met X. Only "I" is read: "we" is
// a group.
func (d *document) quotedFirstPerson(si, v int) {
	toks := d.sents[si].toks
	t := toks[v]
	if nounTriggers[t.lower] {
		return
	}
	trs := verbTriggers[t.lower]
	if tr, ok := firstPersonTriggers[t.lower]; ok {
		trs = append(trs[:len(trs):len(trs)], tr)
	}
	if len(trs) == 0 {
		return
	}
	k := v - 1
	for k >= 0 && toks[k].quoted && (adverbs[toks[k].lower] || strings.HasSuffix(toks[k].lower, "ly") || toks[k].lower == "will" || toks[k].lower == "shall") {
		k--
	}
	if k < 0 || toks[k].text != "I" || !toks[k].quoted || d.negated(si, v) {
		return
	}
	speaker := -1
	for _, q := range d.quoteOut {
		if q.Start <= t.Start && t.Start < q.End {
			speaker = q.Speaker
			break
		}
	}
	if speaker < 0 || d.entities[speaker].typ != schema.Person {
		return
	}
	d.quotedOK = true
	defer func() { d.quotedOK = false }()
	for _, tr := range trs {
		if tr.pred == schema.Visited {
			continue // "When I went to …": an anecdote, not a visit
		}
		objs := d.objectsAfter(si, v, tr.prep)
		if tr.owner && (len(objs) != 1 || !d.mentions[objs[0]].possessive) {
			objs = nil
		}
		if len(objs) == 0 && (tr.pred == schema.Criticized || tr.pred == schema.Praised || tr.pred == schema.Supports) {
			objs = d.actOwner(si, v)
		}
		pred := tr.pred
		if pred == schema.Met && d.future(si, v) {
			pred = schema.WillMeet
		}
		for _, o := range d.ents(d.notPronouns(objs)) {
			d.addFact(si, speaker, pred, o)
		}
	}
}

// judgementNouns are owned by whoever voices them: "X's criticism of Y",
// "X voiced criticism of Y", but not "X cited criticism of Y".
var judgementNouns = set(`criticism criticisms condemnation accusation accusations`)

// voicingVerbs make their subject the owner of a judgement noun.
var voicingVerbs = set(`voiced voicing voices expressed expressing expresses levelled leveled
directed renewed renewing stepped stepping`)

// voiced reports whether a voicing verb stands at most two words before
// the noun at v ("expressed strong criticism").
func (d *document) voiced(si, v int) bool {
	toks := d.sents[si].toks
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if voicingVerbs[toks[k].lower] {
			return true
		}
	}
	return false
}

// meetingOf reads "a meeting of A, B and C" and "a meeting of the trade
// envoys of the two nations" at the meeting noun v: the participants met
// pairwise; "the two nations" are the last two actors named together.
func (d *document) meetingOf(si, v int) {
	toks := d.sents[si].toks
	if d.negated(si, v) {
		return
	}
	pred := schema.Met
	if d.future(si, v) {
		pred = schema.WillMeet
	}
	if objs := d.ents(d.objectsAfter(si, v, "of")); len(objs) >= 2 {
		d.pairwise(si, pred, objs)
		return
	}
	for k := v + 2; k+1 < len(toks) && k <= v+7; k++ {
		t := toks[k]
		if t.quoted || !t.word && t.text != "'s" && t.text != "’s" {
			return
		}
		if (t.lower == "both" || t.lower == "two") && pairNouns[toks[k+1].lower] && len(d.lastPair) == 2 {
			d.pairwise(si, pred, d.lastPair)
			return
		}
	}
}

// cancelWords say that a visit did not take place.
var cancelWords = set(`cancelled canceled cancelling canceling postponed scrapped shelved`)

// planWords before a visit say it was only planned.
var planWords = set(`planned plans planning`)

// calledOff reports whether the visit named by the noun at token v was
// only planned ("she planned a trip to Lima") or did not take place
// ("X's tour of Eastfold was cancelled", "resulted in X's visit being
// called off").
func (d *document) calledOff(si, v int) bool {
	toks := d.sents[si].toks
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if planWords[toks[k].lower] {
			return true
		}
	}
	for k := v + 1; k < len(toks) && k <= v+8; k++ {
		w := toks[k].lower
		if w == ";" || w == ":" || toks[k].quoted {
			break
		}
		if cancelWords[w] || w == "called" && k+1 < len(toks) && toks[k+1].lower == "off" {
			return true
		}
	}
	return false
}
