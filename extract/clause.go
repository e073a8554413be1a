package extract

// Clause-level rules: which mention is the subject of a verb and which are
// its objects. They read word order and punctuation only, so that they work
// on any English news sentence without a parser; the NLP core's dependency
// parse can replace subjectOf and objectsAfter.

// mentionEnding returns the index of the widest mention of sentence si that
// ends at token end (exclusive), or -1.
func (d *document) mentionEnding(si, end int) int {
	best := -1
	for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
		m := &d.mentions[mi]
		if m.end == end && (best < 0 || m.start < d.mentions[best].start) {
			best = mi
		}
	}
	return best
}

// mentionStarting returns the widest mention of sentence si that starts at
// token start, or -1.
func (d *document) mentionStarting(si, start int) int {
	best := -1
	for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
		m := &d.mentions[mi]
		if m.start == start && (best < 0 || m.end > d.mentions[best].end) {
			best = mi
		}
	}
	return best
}

var determiners = set(`the a an his her their its our this that these those`)

// usable reports whether a mention refers to an entity that can act.
func (d *document) usable(mi int) bool {
	m := &d.mentions[mi]
	return m.ent >= 0 && m.kind != byAdjective
}

// precededByPrep reports whether the mention follows a preposition
// (looking past determiners).
func (d *document) precededByPrep(mi int) bool {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	k := m.start - 1
	for k >= 0 && (determiners[toks[k].lower] || toks[k].title) {
		k--
	}
	return k >= 0 && prepositions[toks[k].lower]
}

// qualifier reports whether the mention only qualifies what follows it:
// a possessor ("Italy's Maria Rossi") or a name before a title
// and a name ("UK Prime Minister Jane Doe").
func (d *document) qualifier(mi int) bool {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	k := m.end
	if m.possessive {
		k++
	}
	for k < len(toks) && toks[k].title {
		k++
	}
	if k == m.end {
		return false
	}
	n := d.mentionStarting(m.sent, k)
	return n >= 0 && d.mentions[n].kind == byName
}

// subjectOf finds the subject of the verb at token v of sentence si: the
// nearest mention to its left that is not governed by a preposition and
// does not only qualify another, with the mentions coordinated with it. A
// relative "who" takes its antecedent; a participle after a comma
// (", saying …") takes the subject of the main clause.
func (d *document) subjectOf(si, v int) []int {
	toks := d.sents[si].toks
	if v > 0 && toks[v-1].text == "," && isParticiple(toks[v].lower) {
		return d.mainSubject(si)
	}
	if v == 0 || isParticiple(toks[v].lower) && d.clauseStart(si, v) {
		// "Before visiting Peru, Ms Ortega …": the subject follows.
		return d.mainSubject(si)
	}
	adjacent := true
	for k := v - 1; k >= 0; k-- {
		t := toks[k]
		if t.quoted || isQuote(t.text) {
			if adjacent {
				continue
			}
			return nil
		}
		if t.text == ";" || t.text == ":" {
			return nil
		}
		if t.lower == "who" || t.lower == "which" {
			j := k - 1
			if j >= 0 && toks[j].text == "," {
				j--
			}
			if mi := d.mentionEnding(si, j+1); mi >= 0 && d.usable(mi) {
				return []int{mi}
			}
			return nil
		}
		mi := d.mentionEnding(si, k+1)
		if mi < 0 {
			if !adverbs[t.lower] && !isPossessive(t) {
				adjacent = false
			}
			continue
		}
		m := &d.mentions[mi]
		if !d.usable(mi) || (!adjacent && (d.precededByPrep(mi) || d.qualifier(mi))) {
			adjacent = false
			k = m.start
			continue
		}
		return d.coordinated(mi)
	}
	return nil
}

// clauseStart reports whether token v begins the sentence or follows an
// opening preposition ("Before visiting").
func (d *document) clauseStart(si, v int) bool {
	toks := d.sents[si].toks
	return v == 0 || v == 1 && prepositions[toks[0].lower]
}

// isParticiple reports whether w is an -ing form.
func isParticiple(w string) bool {
	return len(w) > 4 && w[len(w)-3:] == "ing"
}

// mainSubject is the subject of the sentence's main clause: the first
// usable mention outside quotations after an introductory phrase that ends
// in a comma.
func (d *document) mainSubject(si int) []int {
	toks := d.sents[si].toks
	start := 0
	if len(toks) > 0 && (prepositions[toks[0].lower] || isParticiple(toks[0].lower) || toks[0].lower == "while" || toks[0].lower == "as" || toks[0].lower == "when" || toks[0].lower == "after" || toks[0].lower == "leaving") {
		for k, t := range toks {
			if t.text == "," && !t.quoted {
				start = k + 1
				break
			}
		}
	}
	for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
		m := &d.mentions[mi]
		if m.start < start || toks[m.start].quoted || !d.usable(mi) || d.qualifier(mi) {
			continue
		}
		if m.start > start && d.precededByPrep(mi) && start > 0 {
			continue
		}
		return d.coordinated(mi)
	}
	return nil
}

// coordinated returns mi with the mentions joined to it by "and" or commas
// on its left ("Britain, France and Germany").
func (d *document) coordinated(mi int) []int {
	out := []int{mi}
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	k := m.start
	for len(out) < 8 {
		if k-1 < 0 || (toks[k-1].lower != "and" && toks[k-1].text != ",") {
			break
		}
		j := k - 1
		if toks[j].text == "," && j-1 >= 0 && toks[j-1].lower == "and" {
			j--
		}
		p := d.mentionEnding(m.sent, j)
		// "Spain's Jose …": look past a possessor.
		if p < 0 {
			break
		}
		pm := &d.mentions[p]
		if !d.usable(p) || d.mentions[p].typ != m.typ && !(isLoc(pm.typ) && isLoc(m.typ)) {
			break
		}
		start := pm.start
		if start > 0 && isPossessive(toks[start-1]) {
			if q := d.mentionEnding(m.sent, start-1); q >= 0 {
				start = d.mentions[q].start
			}
		}
		out = append(out, p)
		k = start
	}
	return out
}

// objectsAfter finds the objects of the word at token v: the mentions that
// follow it, after the preposition prep where one is given, with the ones
// coordinated with them. A possessor is an object only where nothing after
// it is ("backed Smith's report").
func (d *document) objectsAfter(si, v int, prep string) []int {
	toks := d.sents[si].toks
	k := v + 1
	if prep != "" {
		found := false
		for n := 0; k < len(toks) && n < 5; n++ {
			if toks[k].lower == prep {
				found = true
				k++
				break
			}
			if toks[k].text == "," || toks[k].text == "." || toks[k].quoted || d.mentionStarting(si, k) >= 0 {
				break
			}
			k++
		}
		if !found {
			return nil
		}
	}
	var out []int
	for len(out) < 8 && k < len(toks) {
		for k < len(toks) && (determiners[toks[k].lower] || toks[k].title || toks[k].lower == "former" || toks[k].lower == "counterpart") {
			k++
		}
		if k >= len(toks) || toks[k].quoted {
			break
		}
		mi := d.mentionStarting(si, k)
		if mi < 0 {
			break
		}
		// Skip qualifiers: "UK Prime Minister Jane Doe", "BBC's Today".
		for d.qualifier(mi) || (d.mentions[mi].kind == byAdjective) {
			m := &d.mentions[mi]
			j := m.end
			if m.possessive {
				j++
			}
			for j < len(toks) && (toks[j].title || determiners[toks[j].lower]) {
				j++
			}
			n := d.mentionStarting(si, j)
			if n < 0 {
				break
			}
			mi = n
		}
		if !d.usable(mi) {
			break
		}
		out = append(out, mi)
		m := &d.mentions[mi]
		k = m.end
		if m.possessive {
			break
		}
		if k < len(toks) && toks[k].text == "," {
			if k+1 < len(toks) && toks[k+1].lower == "and" {
				k++
			}
			k++
			continue
		}
		if k < len(toks) && toks[k].lower == "and" {
			k++
			continue
		}
		break
	}
	return out
}

// negated reports whether a negation or hypothetical stands in the few
// words before token v.
func (d *document) negated(si, v int) bool {
	toks := d.sents[si].toks
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		if negations[toks[k].lower] || toks[k].lower == "n't" {
			return true
		}
		if d.mentionEnding(si, k+1) >= 0 {
			break
		}
	}
	return false
}
