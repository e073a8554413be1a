package extract

import "newsgraph/schema"

// The extractor works in stages over one document model:
//
//	nlp       text → the NLP core's sentences, entity spans  (parse.go)
//	segment   text → paragraphs, sentences, tokens          (segment.go)
//	          the core's words linked to the tokens          (parse.go)
//	quotes    quotation marks → quoted spans, tokens marked  (quotes.go)
//	recognize tokens → name mentions with a type guess       (recognize.go)
//	resolve   mentions → entities, anaphors → entities       (resolve.go)
//	roles, quotes, relations → facts                         (roles.go, quotes.go, transcript.go, relations.go)
//
// Each stage reads what the earlier ones filled in and adds its own fields,
// so that a statistical component (the NLP core's tokenizer, tagger, NER or
// parser) can replace one stage without touching the others. The NLP
// core's entity spans type the names no rule types and settle what
// capitals alone cannot: a common word before a name ("Striker Jane
// Doe"), a firm that "said" something, a default-typed run that is no name
// (nerspans.go, recognize.go); its dependency parse, run on a sentence
// only when a clause rule asks about it, checks the subjects that the
// clause rules read by word order (clause.go, parse.go). Without the core
// (NewRules) both are left out.

// token is one word or punctuation mark of a sentence.
type token struct {
	Span
	text       string
	lower      string
	cap        bool // starts with an upper-case letter
	word       bool // starts with a letter or digit
	quoted     bool // inside quotation marks
	title      bool // part of a title of office
	common     bool // capitalised only by position: the word occurs in lower case elsewhere
	nameAnyway bool // a word that looks like no name but is one here: "Beijing" starting a sentence, the surname "May" (markCommon)
}

// sentence is one sentence of the document with its tokens.
type sentence struct {
	Span
	para int
	toks []token
}

// mentionKind tells how a mention refers to its entity.
type mentionKind int

const (
	byName      mentionKind = iota // "John Smith", "the UN"
	byAdjective                    // "French", "Conservative"
	byPronoun                      // "he", "she"
	byTitle                        // "the prime minister", "the US president"
)

// mention is a referring expression: tokens [start, end) of a sentence.
type mention struct {
	sent       int
	start, end int
	kind       mentionKind
	typ        schema.Type // type guess; "" when unknown
	strong     bool        // the type comes from a lexicon or a sure cue
	lexName    string      // canonical name from the lexicon, if any
	text       string      // surface form
	title      string      // for byTitle: the title words, lower case
	country    int         // for byTitle: entity of a qualifying country, or -1
	ent        int         // resolved entity, or -1
	possessive bool        // followed by "'s"
	desc       bool        // for byTitle: a description ("the former presenter"), not a title
}

// document is the working state of one extraction.
type document struct {
	text        string
	sents       []sentence
	quotes      []quoteSpan
	mentions    []mention         // in text order, but for transcript labels (addTranscriptSpeakers)
	personWords map[string]bool   // words used as a person's name (markPersonWords)
	nerSpans    []labeledSpan     // the NLP core's entity spans, if it ran
	knownLower  func(string) bool // whether a word is common in lower case (the NLP core's vocabulary), if it ran
	parse       *depParse         // the NLP core's dependency parse, if it ran
	lowerWords  map[string]bool   // words written in lower case somewhere (markCommon)
	pending     []mention         // the current sentence's mentions while recognizing
	// sentMentions[i] is the range of d.mentions in sentence i.
	sentMentions [][2]int
	entities     []*entity
	gender       map[int]byte // persons' genders, 'm' or 'f' (genders)
	roles        []Role       // Person and Org index d.entities
	facts        []Fact
	quoteOut     []Quote
	lastPair     []int // the last two actors named together
	quotedOK     bool  // headAt and objectsAfter may read quoted words (quotedFirstPerson)
	headline     bool  // the first paragraph is the article's headline
	factSeen     map[factKey]bool
	roleSeen     map[string]bool
	quoteSeen    map[string]bool
}

type factKey struct {
	s, o int
	p    schema.Predicate
}

// entity is an actor while being resolved.
type entity struct {
	name    string
	typ     schema.Type
	forms   map[string]bool
	tokens  []string // words of the fullest name
	adjOnly bool     // named only through adjectives so far
	titles  []string // titles of office, lower case
	country int      // country or organisation of the title, or -1
}
