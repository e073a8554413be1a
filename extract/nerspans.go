package extract

import "newsgraph/schema"

// labeledSpan is a named-entity span found by the NLP core's recognizer,
// in byte offsets of the article.
type labeledSpan struct {
	Span
	label string // PER, ORG, LOC or MISC
}

// nerType returns the type the recognizer gives the text [start, end): the
// label of a span that covers at least half of it, with ok false when no
// span overlaps it at all, and drop true for MISC (events, laws, works).
func (d *document) nerType(start, end int) (typ schema.Type, drop, ok bool) {
	for _, s := range d.nerSpans {
		if s.End <= start || s.Start >= end {
			continue
		}
		ok = true
		overlap := min(s.End, end) - max(s.Start, start)
		if 2*overlap < end-start {
			continue
		}
		switch s.label {
		case "PER":
			return schema.Person, false, true
		case "ORG":
			return schema.Organization, false, true
		case "LOC":
			return schema.Place, false, true
		case "MISC":
			return "", true, true
		}
	}
	return "", false, ok
}

// nerPerson reports whether the NLP core's recognizer marks exactly the
// text [start, end) as a person's name.
func (d *document) nerPerson(start, end int) bool {
	return d.nerExact(start, end, "PER")
}

// nerExact reports whether the NLP core's recognizer marks exactly the
// text [start, end) as an entity with label (PER, ORG, LOC or MISC).
func (d *document) nerExact(start, end int, label string) bool {
	for _, s := range d.nerSpans {
		if s.Start == start && s.End == end && s.label == label {
			return true
		}
	}
	return false
}

// nerPersonStartsAfter reports whether the NLP core's recognizer leaves
// the word [start, end) out of every entity and starts a person's name at
// next, the word after it.
func (d *document) nerPersonStartsAfter(start, end, next int) bool {
	if d.nerCovers(start, end) {
		return false
	}
	for _, s := range d.nerSpans {
		if s.Start == next && s.label == "PER" {
			return true
		}
	}
	return false
}

// nerNotPerson reports whether the NLP core's recognizer gives the text
// [start, end) a type other than person: an organisation, a place or a
// work.
func (d *document) nerNotPerson(start, end int) bool {
	typ, drop, ok := d.nerType(start, end)
	return ok && (drop || typ != "" && typ != schema.Person)
}

// nerEndsAt reports whether the NLP core's recognizer ends an entity at
// end: a name there ("the United Nations' …") is one of its own.
func (d *document) nerEndsAt(end int) bool {
	for _, s := range d.nerSpans {
		if s.End == end {
			return true
		}
	}
	return false
}

// nerCovers reports whether the NLP core's recognizer puts any of the text
// [start, end) in an entity.
func (d *document) nerCovers(start, end int) bool {
	for _, s := range d.nerSpans {
		if s.Start < end && s.End > start {
			return true
		}
	}
	return false
}
