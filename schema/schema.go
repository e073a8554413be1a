// Package schema is the vocabulary shared by the extractor and the graph:
// the IRIs of node types, of the relation predicates between actors, and of
// the properties of articles, evidence, quotes and roles.
//
// Every IRI is absolute. Names and types use schema.org so that RDF tools
// understand them; everything newsgraph adds lives under [NS]. The prefixes
// are registered with quad/voc, so Gizmo users and the N-Quads reader can
// write short forms such as "ng:met" and "schema:name".
//
// The graph shape:
//
//	actor  --rdf:type-->       schema:Person | schema:Organization | schema:Country | schema:Place | schema:Event
//	actor  --schema:name-->    "Ada Quill"           (display name, label = NamesGraph)
//	actor  --ng:name-->        "Ada Quill"           (the name one article gives it)
//	actor  --ng:alias-->       "Quill"
//	actor  --ng:mentionedIn--> article
//	actor  --ng:met-->         actor                 (one edge per relation, label = article)
//	actor  --ng:said-->        quote --ng:text--> "…"
//	actor  --ng:holds-->       role  --ng:title--> "Foreign Secretary", --ng:heldIn--> actor
//	actor  --ng:affiliatedWith--> actor
//	actor  --owl:sameAs-->     actor                 (the same actor under another key, label = SameAsGraph)
//	evidence --ng:subject/ng:predicate/ng:object--> …, --ng:article--> article,
//	         --ng:sentence--> "…", --ng:start/ng:end--> offsets
//	article --ng:id/schema:headline/schema:datePublished/ng:hash--> literals
//
// Every quad but the display names carries the article IRI as its label, so
// one article's quads can be deleted and rewritten as a unit; an actor's
// display name is the name most of its articles give it (then the longest,
// then the first in lexical order), rewritten whenever its articles change;
// and the owl:sameAs links, labelled SameAsGraph, between nodes of one type
// that the names and aliases show to be the same actor ("trump" and
// "donald-trump"), recomputed at the end of every build.
package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"
	"golang.org/x/text/unicode/norm"
)

// Namespaces.
const (
	// NS is the namespace of newsgraph's own predicates and classes.
	NS = "https://newsgraph.dev/ns#"
	// Prefix is the short prefix registered for NS.
	Prefix = "ng:"
	// IDNS is the namespace of actor nodes.
	IDNS = "https://newsgraph.dev/id/"
	// ArticleNS is the namespace of article nodes (and quad labels).
	ArticleNS = "https://newsgraph.dev/article/"
	// EvidenceNS is the namespace of evidence, quote and role nodes.
	EvidenceNS = "https://newsgraph.dev/evidence/"
	// NamesGraph labels the display names (schema:name) of actors: one per
	// actor, chosen among the names its articles give it.
	NamesGraph = "https://newsgraph.dev/graph/names"
	// SameAsGraph labels the owl:sameAs links between actor nodes that
	// denote the same actor, recomputed from the names and aliases of all
	// actors at the end of every build.
	SameAsGraph = "https://newsgraph.dev/graph/sameas"
	// OWLNS is the namespace of the Web Ontology Language (owl:).
	OWLNS = "http://www.w3.org/2002/07/owl#"

	// SchemaNS is schema.org's namespace.
	SchemaNS = "http://schema.org/"
	// RDFType is rdf:type.
	RDFType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	// XSDInteger is the XML Schema integer datatype.
	XSDInteger = "http://www.w3.org/2001/XMLSchema#integer"
	// XSDDate is the XML Schema date datatype.
	XSDDate = "http://www.w3.org/2001/XMLSchema#date"
)

// RegisterPrefixes registers the short forms used by newsgraph (ng:,
// schema:, ngid:, ngart:, owl: and the ones quad/voc already knows) with
// quad/voc. It is idempotent.
func RegisterPrefixes() {
	voc.RegisterPrefix(Prefix, NS)
	voc.RegisterPrefix("schema:", SchemaNS)
	voc.RegisterPrefix("ngid:", IDNS)
	voc.RegisterPrefix("ngart:", ArticleNS)
	voc.RegisterPrefix("owl:", OWLNS)
}

// Type is the kind of an actor node.
type Type string

// Actor types, named as in the gold format.
const (
	Person       Type = "Person"
	Organization Type = "Organization"
	Country      Type = "Country"
	Place        Type = "Place"
	Event        Type = "Event"
)

// Types lists every actor type.
var Types = []Type{Person, Organization, Country, Place, Event}

// IRI is the schema.org class of t.
func (t Type) IRI() quad.IRI { return quad.IRI(SchemaNS + string(t)) }

// ParseType returns the Type named s, or false.
func ParseType(s string) (Type, bool) {
	for _, t := range Types {
		if string(t) == s {
			return t, true
		}
	}
	return "", false
}

// Predicate is a relation between two actors, named as in the gold format.
type Predicate string

// Relation predicates.
const (
	Met        Predicate = "met"
	WillMeet   Predicate = "will_meet"
	SpokeWith  Predicate = "spoke_with"
	AgreedWith Predicate = "agreed_with"
	Visited    Predicate = "visited"
	Invited    Predicate = "invited"
	Supports   Predicate = "supports"
	Aided      Predicate = "aided"
	Criticized Predicate = "criticized"
	Accused    Predicate = "accused"
	Warned     Predicate = "warned"
	Praised    Predicate = "praised"
	Told       Predicate = "told"
	Attacked   Predicate = "attacked"
	Demanded   Predicate = "demanded"
)

// Predicates lists every relation predicate.
var Predicates = []Predicate{
	Met, WillMeet, SpokeWith, AgreedWith, Visited, Invited, Supports, Aided,
	Criticized, Accused, Warned, Praised, Told, Attacked, Demanded,
}

// Symmetric reports whether p holds in both directions.
func (p Predicate) Symmetric() bool {
	switch p {
	case Met, WillMeet, SpokeWith, AgreedWith:
		return true
	}
	return false
}

// IRI is the predicate's IRI, such as ng:met.
func (p Predicate) IRI() quad.IRI { return quad.IRI(NS + string(p)) }

// ParsePredicate returns the relation predicate named s, or false.
func ParsePredicate(s string) (Predicate, bool) {
	for _, p := range Predicates {
		if string(p) == s {
			return p, true
		}
	}
	return "", false
}

// Properties of actors, articles, evidence, quotes and roles.
var (
	Name           = quad.IRI(SchemaNS + "name") // an actor's display name (in NamesGraph)
	ArticleName    = quad.IRI(NS + "name")       // the name one article gives an actor
	Headline       = quad.IRI(SchemaNS + "headline")
	DatePublished  = quad.IRI(SchemaNS + "datePublished")
	Alias          = quad.IRI(NS + "alias")
	MentionedIn    = quad.IRI(NS + "mentionedIn")
	Said           = quad.IRI(NS + "said")
	Holds          = quad.IRI(NS + "holds")
	Title          = quad.IRI(NS + "title")
	HeldIn         = quad.IRI(NS + "heldIn")
	AffiliatedWith = quad.IRI(NS + "affiliatedWith")
	Subject        = quad.IRI(NS + "subject")
	PredicateProp  = quad.IRI(NS + "predicate")
	Object         = quad.IRI(NS + "object")
	Article        = quad.IRI(NS + "article")
	Sentence       = quad.IRI(NS + "sentence")
	Start          = quad.IRI(NS + "start")
	End            = quad.IRI(NS + "end")
	Text           = quad.IRI(NS + "text")
	Speaker        = quad.IRI(NS + "speaker")
	ArticleID      = quad.IRI(NS + "id")
	Hash           = quad.IRI(NS + "hash")
	Path           = quad.IRI(NS + "path")
	// SameAs (owl:sameAs) links two actor nodes that denote the same actor
	// (label SameAsGraph, written in both directions).
	SameAs = quad.IRI(OWLNS + "sameAs")

	// Classes of newsgraph's own nodes.
	ArticleClass  = quad.IRI(SchemaNS + "NewsArticle")
	EvidenceClass = quad.IRI(NS + "Evidence")
	QuoteClass    = quad.IRI(SchemaNS + "Quotation")
	RoleClass     = quad.IRI(SchemaNS + "Role")
)

// Type is rdf:type.
var TypeProp = quad.IRI(RDFType)

// ArticleIRI is the node (and quad label) of the article with the given id.
func ArticleIRI(id string) quad.IRI { return quad.IRI(ArticleNS + escapeSegment(id)) }

// ActorIRI is the node of the actor with the given type and resolution key
// (see [Key]).
func ActorIRI(t Type, key string) quad.IRI {
	return quad.IRI(IDNS + strings.ToLower(string(t)) + "/" + escapeSegment(key))
}

// NodeIRI is a node of an article's own (evidence, quote, role), named by the
// article and a digest of the parts that make it unique.
func NodeIRI(kind, articleID string, parts ...string) quad.IRI {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return quad.IRI(EvidenceNS + kind + "/" + escapeSegment(articleID) + "/" + hex.EncodeToString(h.Sum(nil)[:8]))
}

// Key folds a name to the resolution key that identifies an actor across
// articles: accents removed, case folded, punctuation dropped, spaces as
// hyphens ("Anne-Zoë Müller" → "anne-zoe-muller").
func Key(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '.' || r == '\'' || r == '’':
			// "U.S." → "us", "O'Brien" → "obrien"
		default:
			dash = true
		}
	}
	return b.String()
}

// escapeSegment keeps an IRI path segment within the characters N-Quads
// allows unescaped in an IRI, percent-encoding the rest.
func escapeSegment(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			c == '-' || c == '_' || c == '.' || c == '~' {
			b.WriteByte(c)
			continue
		}
		const hexd = "0123456789ABCDEF"
		b.WriteByte('%')
		b.WriteByte(hexd[c>>4])
		b.WriteByte(hexd[c&15])
	}
	return b.String()
}
