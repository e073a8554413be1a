package ner

// The recogniser predicts BILOU labels (Begin, Inside, Last, Unit, Outside),
// which Ratinov and Roth (2009) found better than BIO for greedy decoding,
// and converts them to IOB2 on output.

// Types are the entity types, in label order.
var Types = [...]string{"PER", "ORG", "LOC", "MISC"}

const (
	numTypes  = len(Types)
	numLabels = 1 + 4*numTypes

	posB = 0
	posI = 1
	posL = 2
	posU = 3
)

// labelNames are the BILOU classes: "O", then B-, I-, L-, U- of each type.
var labelNames = func() []string {
	out := []string{"O"}
	for _, t := range Types {
		for _, p := range "BILU" {
			out = append(out, string(p)+"-"+t)
		}
	}
	return out
}()

// label returns the class of position pos of an entity of type typ.
func label(typ, pos int) int { return 1 + 4*typ + pos }

// labelType returns the entity type of class l, or -1 for O.
func labelType(l int) int {
	if l == 0 {
		return -1
	}
	return (l - 1) / 4
}

// labelPos returns the BILOU position of class l (meaningless for O).
func labelPos(l int) int { return (l - 1) % 4 }

// allowed[p][c] says whether class c may follow class p; the start of a
// sentence counts as O.
var allowed = func() (a [numLabels][numLabels]bool) {
	for p := range numLabels {
		for c := range numLabels {
			open := p != 0 && (labelPos(p) == posB || labelPos(p) == posI)
			if open {
				a[p][c] = c != 0 && labelType(c) == labelType(p) && (labelPos(c) == posI || labelPos(c) == posL)
			} else {
				a[p][c] = c == 0 || labelPos(c) == posB || labelPos(c) == posU
			}
		}
	}
	return a
}()

// typeIndex returns the index of an entity type name in Types, or -1.
func typeIndex(t string) int {
	for i, s := range Types {
		if s == t {
			return i
		}
	}
	return -1
}

// toBILOU converts IOB2 tags to BILOU classes. Unknown types become O.
func toBILOU(tags []string, out []int) []int {
	out = out[:0]
	for i, t := range tags {
		typ := -1
		if len(t) > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-' {
			typ = typeIndex(t[2:])
		}
		if typ < 0 {
			out = append(out, 0)
			continue
		}
		cont := i+1 < len(tags) && len(tags[i+1]) > 2 && tags[i+1][0] == 'I' && tags[i+1][2:] == t[2:]
		begin := t[0] == 'B' || i == 0 || len(tags[i-1]) < 2 || tags[i-1][2:] != t[2:]
		switch {
		case begin && cont:
			out = append(out, label(typ, posB))
		case begin:
			out = append(out, label(typ, posU))
		case cont:
			out = append(out, label(typ, posI))
		default:
			out = append(out, label(typ, posL))
		}
	}
	return out
}

// iob2Names[l] is the IOB2 tag of BILOU class l.
var iob2Names = func() []string {
	out := []string{"O"}
	for _, t := range Types {
		out = append(out, "B-"+t, "I-"+t, "I-"+t, "B-"+t)
	}
	return out
}()

// toIOB2 converts BILOU classes to IOB2 tags.
func toIOB2(labels []int) []string {
	out := make([]string, len(labels))
	for i, l := range labels {
		out[i] = iob2Names[l]
	}
	return out
}
