// Package nlp is newsgraph's statistical NLP core: tokenization, sentence
// splitting, part-of-speech tagging, lemmatization, named-entity recognition
// and dependency parsing of English news, with models trained by this
// repository from public data and embedded in the binary.
//
// The document model below is what the extractor consumes; each stage fills
// in its own fields.
package nlp

// Token is one word or punctuation mark.
type Token struct {
	Text       string // surface form, as in the text
	Start, End int    // byte offsets into Document.Text
	SpaceAfter bool   // whether white space follows in the text

	UPOS  string // universal part-of-speech tag (UD)
	XPOS  string // Penn Treebank tag
	Lemma string

	Head int    // 1-based index of the head token in the sentence, 0 for the root
	Rel  string // UD dependency relation to the head

	NER string // entity tag of the token, IOB2: "O", "B-PER", "I-ORG", …
}

// Entity is a named-entity span of a sentence.
type Entity struct {
	Start, End int    // token indexes, half-open, within Sentence.Tokens
	Label      string // PER, ORG, LOC or MISC
}

// Sentence is one sentence of a document.
type Sentence struct {
	Start, End int // byte offsets into Document.Text
	Tokens     []Token
	Entities   []Entity
	// Paragraph is the index of the paragraph (a block of text between
	// line breaks) the sentence belongs to.
	Paragraph int
}

// Document is a text and its analysis.
type Document struct {
	Text      string
	Sentences []Sentence
}
