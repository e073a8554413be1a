package graph

import (
	"bufio"
	"io"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

// Row is one row of the flat export (../shared/gold/FORMAT.md).
type Row struct {
	Subject, Predicate, Object, Article, Evidence string
}

// kindOrder orders the rows of an article: types, aliases, relations,
// quotes, roles, affiliations.
func kindOrder(p string) int {
	switch p {
	case "type":
		return 0
	case "alias":
		return 1
	case "said":
		return 3
	case "role":
		return 4
	case "affiliated_with":
		return 5
	}
	return 2
}

// Rows derives the flat export from the graph: one row per type, alias,
// relation, quote, role and affiliation of each article, deduplicated, in a
// deterministic order.
func (sn *Snapshot) Rows() []Row {
	ev := sn.evidence()
	var rows []Row
	seen := map[Row]bool{}
	add := func(r Row) {
		r.Subject, r.Object, r.Evidence = oneLine(r.Subject), oneLine(r.Object), oneLine(r.Evidence)
		k := r
		k.Evidence = ""
		if !seen[k] {
			seen[k] = true
			rows = append(rows, r)
		}
	}
	for _, q := range sn.Quads {
		label, ok := q.Label.(quad.IRI)
		if !ok || !strings.HasPrefix(string(label), schema.ArticleNS) || !IsActor(q.Subject) {
			continue
		}
		art := articleIDOf(label)
		subj := sn.DisplayName(q.Subject)
		typeEv := func() string {
			for _, c := range sn.Out(q.Subject, schema.TypeProp) {
				if l, ok := ev[evidenceKey{q.Subject, schema.TypeProp, c, art}]; ok {
					return l.sentence
				}
			}
			return ""
		}
		switch {
		case q.Predicate == schema.TypeProp:
			if t := TypeName(q.Object); t != "" {
				add(Row{subj, "type", t, art, ev[evidenceKey{q.Subject, q.Predicate, q.Object, art}].sentence})
			}
		case q.Predicate == schema.Alias,
			q.Predicate == schema.ArticleName && literal(q.Object) != subj:
			add(Row{subj, "alias", literal(q.Object), art, typeEv()})
		case q.Predicate == schema.Said:
			l := sn.locatedOf(q.Object)
			if text := sn.first(q.Object, schema.Text); text != "" {
				add(Row{subj, "said", text, art, l.sentence})
			}
		case q.Predicate == schema.Holds:
			l := sn.locatedOf(q.Object)
			if title := sn.first(q.Object, schema.Title); title != "" {
				add(Row{subj, "role", title, art, l.sentence})
			}
		default:
			if name := relationName(q.Predicate); name != "" && IsActor(q.Object) {
				add(Row{subj, name, sn.DisplayName(q.Object), art, ev[evidenceKey{q.Subject, q.Predicate, q.Object, art}].sentence})
			}
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Article != b.Article {
			return a.Article < b.Article
		}
		if ka, kb := kindOrder(a.Predicate), kindOrder(b.Predicate); ka != kb {
			return ka < kb
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.Object < b.Object
	})
	return rows
}

// oneLine replaces tabs and line breaks with spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', '\v', '\f', '\u2028', '\u2029', '\u0085':
			return ' '
		}
		return r
	}, s)
}

// WriteTSV writes the flat export of the graph.
func (sn *Snapshot) WriteTSV(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, r := range sn.Rows() {
		bw.WriteString(strings.Join([]string{r.Subject, r.Predicate, r.Object, r.Article, r.Evidence}, "\t"))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
