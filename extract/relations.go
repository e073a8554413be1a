package extract

import (
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
				continue
			}
			if t.lower == "between" {
				d.between(si, v)
				continue
			}
			for _, tr := range verbTriggers[t.lower] {
				objs := d.objectsAfter(si, v, tr.prep)
				subj := d.subjectOf(si, v)
				if len(subj) == 0 && d.inIntro(si, v) {
					subj = d.mainSubject(si)
				}
				if len(subj) == 0 || d.negated(si, v) {
					continue
				}
				pred := tr.pred
				if pred == schema.Met && d.future(si, v) {
					pred = schema.WillMeet
				}
				if len(objs) == 0 {
					if pred.Symmetric() && len(subj) >= 2 && (tr.prep == "" || tr.prep == "with") {
						d.pairwise(si, pred, d.ents(subj))
					}
					continue
				}
				for _, s := range d.ents(subj) {
					for _, o := range d.ents(objs) {
						d.addFact(si, s, pred, o)
					}
				}
			}
		}
	}
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
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if p, ok := meetingNouns[toks[k].lower]; ok {
			pred = p
			if k > 0 && toks[k-1].lower == "phone" {
				pred = schema.SpokeWith
			}
			break
		}
	}
	if pred == "" || d.negated(si, v) {
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
	objs := d.objectsAfter(si, v, "")
	d.pairwise(si, pred, d.ents(objs))
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
		if ot != schema.Place && ot != schema.Country && ot != schema.Person {
			return
		}
	case schema.Attacked:
		if ot == schema.Person {
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
