package extract

import "newsgraph/schema"

// Article is one news article as read from a file.
type Article struct {
	ID       string // file name without extension
	Path     string // the file it was read from
	Headline string // first line, where it is a headline
	Date     string // publication date (YYYY-MM-DD) from a dateline, if any
	Byline   string // authors from a "By …" line, if any
	Hash     string // hex SHA-256 of the raw file content
	Text     string // the whole text, valid UTF-8
}

// Span is a half-open range of byte offsets into Article.Text.
type Span struct {
	Start, End int
}

// Sentence is one sentence of an article.
type Sentence struct {
	Span
	Text string
}

// Mention is one place an entity is named.
type Mention struct {
	Span
	Sentence int // index into Result.Sentences
	Text     string
}

// Entity is an actor of the article after resolution: every mention of the
// same person, organisation, country, place or event is one Entity.
type Entity struct {
	// Key identifies the actor across articles (see schema.Key): two
	// articles' entities with the same Type and Key are one graph node.
	Key      string
	Name     string // canonical display name, the fullest form
	Type     schema.Type
	Aliases  []string // other forms the article uses, sorted
	Mentions []Mention
}

// Evidence locates the sentence a fact was read from.
type Evidence struct {
	Sentence int    // index into Result.Sentences
	Span            // the sentence's byte offsets in the article
	Text     string // the sentence text
}

// Fact is a relation between two entities of the article.
type Fact struct {
	Subject   int // index into Result.Entities
	Predicate schema.Predicate
	Object    int // index into Result.Entities
	Evidence  Evidence
}

// Quote is words the article puts in quotation marks, with their speaker.
type Quote struct {
	Speaker  int    // index into Result.Entities
	Text     string // the quoted words, without the quotation marks
	Span            // the quoted words' byte offsets
	Evidence Evidence
}

// Role is a title the article gives a person, with the organisation or
// country it is held in.
type Role struct {
	Person   int    // index into Result.Entities
	Title    string // "Foreign Secretary", "former ambassador to NATO"
	Org      int    // index into Result.Entities, or -1
	Evidence Evidence
}

// Result is everything extracted from one article.
type Result struct {
	Article   Article
	Sentences []Sentence
	Entities  []Entity
	Facts     []Fact
	Quotes    []Quote
	Roles     []Role
}
