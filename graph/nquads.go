package graph

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"
)

// XML Schema datatypes of native values.
const (
	xsdNS       = "http://www.w3.org/2001/XMLSchema#"
	xsdString   = xsdNS + "string"
	xsdInteger  = xsdNS + "integer"
	xsdDouble   = xsdNS + "double"
	xsdBoolean  = xsdNS + "boolean"
	xsdDateTime = xsdNS + "dateTime"
)

// NQuadsWriter writes valid W3C N-Quads, unlike quad/nquads' writer: IRIs
// are expanded to full form and escaped, datatypes are full IRIs, native
// values get their canonical lexical forms, language tags are checked and
// strings escaped.
type NQuadsWriter struct {
	w *bufio.Writer
}

// NewNQuadsWriter returns a quad.WriteCloser writing N-Quads to w. Close
// flushes it (and does not close w).
func NewNQuadsWriter(w io.Writer) *NQuadsWriter { return &NQuadsWriter{w: bufio.NewWriter(w)} }

// WriteQuad writes one quad.
func (w *NQuadsWriter) WriteQuad(q quad.Quad) error {
	line, err := NQuad(q)
	if err != nil {
		return err
	}
	_, err = w.w.WriteString(line)
	return err
}

// WriteQuads writes quads.
func (w *NQuadsWriter) WriteQuads(qs []quad.Quad) (int, error) {
	for i, q := range qs {
		if err := w.WriteQuad(q); err != nil {
			return i, err
		}
	}
	return len(qs), nil
}

// Close flushes the writer.
func (w *NQuadsWriter) Close() error { return w.w.Flush() }

// NQuad is the N-Quads line of q, with its final newline.
func NQuad(q quad.Quad) (string, error) {
	var b strings.Builder
	for i, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
		v := q.Get(d)
		if v == nil {
			if d == quad.Label {
				break
			}
			return "", fmt.Errorf("quad %v has no %v", q, d)
		}
		switch v.(type) {
		case quad.IRI:
		case quad.BNode:
			if d == quad.Predicate {
				return "", fmt.Errorf("quad %v: a blank node cannot be a predicate", q)
			}
		default:
			if d != quad.Object {
				return "", fmt.Errorf("quad %v: a literal cannot be the %v", q, d)
			}
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(Term(v))
	}
	b.WriteString(" .\n")
	return b.String(), nil
}

// Term is the N-Quads form of a value.
func Term(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return iriRef(string(v))
	case quad.BNode:
		return bnode(string(v))
	case quad.String:
		return literalQuote(string(v))
	case quad.LangString:
		if validLang(v.Lang) {
			return literalQuote(string(v.Value)) + "@" + v.Lang
		}
		return literalQuote(string(v.Value))
	case quad.TypedString:
		if v.Type == "" {
			return literalQuote(string(v.Value))
		}
		return literalQuote(string(v.Value)) + "^^" + iriRef(string(v.Type))
	case quad.Int:
		return literalQuote(strconv.FormatInt(int64(v), 10)) + "^^<" + xsdInteger + ">"
	case quad.Float:
		f := float64(v)
		var s string
		switch {
		case math.IsNaN(f):
			s = "NaN"
		case math.IsInf(f, 1):
			s = "INF"
		case math.IsInf(f, -1):
			s = "-INF"
		default:
			s = strconv.FormatFloat(f, 'E', -1, 64)
		}
		return literalQuote(s) + "^^<" + xsdDouble + ">"
	case quad.Bool:
		return literalQuote(strconv.FormatBool(bool(v))) + "^^<" + xsdBoolean + ">"
	case quad.Time:
		return literalQuote(time.Time(v).Format(time.RFC3339Nano)) + "^^<" + xsdDateTime + ">"
	case nil:
		return ""
	}
	return literalQuote(quad.StringOf(v))
}

// iriRef writes an IRI in full form, with the characters IRIs may not hold
// (spaces, controls, <>"{}|^`\) percent-encoded: N-Quads parsers such as
// rapper reject them even as \u escapes.
func iriRef(iri string) string {
	iri = voc.FullIRI(iri)
	var b strings.Builder
	b.WriteByte('<')
	for _, r := range iri {
		switch {
		case r <= 0x20, r == 0x7f, r == '<', r == '>', r == '"', r == '{', r == '}', r == '|', r == '^', r == '`', r == '\\':
			fmt.Fprintf(&b, "%%%02X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('>')
	return b.String()
}

// bnode writes a blank node with a label N-Quads accepts.
func bnode(label string) string {
	var b strings.Builder
	b.WriteString("_:")
	if label == "" {
		label = "b"
	}
	for i, r := range label {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' ||
			i > 0 && i < len(label)-1 && (r == '-' || r == '.')
		if ok {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "x%X", r)
		}
	}
	return b.String()
}

// literalQuote quotes a string literal, escaping what N-Quads requires.
func literalQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\uFFFD':
			b.WriteRune(r)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, "\\u%04X", r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// validLang checks a language tag: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
func validLang(tag string) bool {
	if tag == "" {
		return false
	}
	for i, part := range strings.Split(tag, "-") {
		if part == "" {
			return false
		}
		for _, r := range part {
			alpha := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
			if !alpha && (i == 0 || r < '0' || r > '9') {
				return false
			}
		}
	}
	return true
}
