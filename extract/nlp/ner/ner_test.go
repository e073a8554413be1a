package ner

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"newsgraph/extract/nlp/conll"
)

const data = "../../../../shared/data/"

func readDocs(t testing.TB, name string) []conll.NERDocument {
	t.Helper()
	docs, err := conll.Read2003File(data + "conll2003/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestBILOU(t *testing.T) {
	tests := []struct {
		iob2  []string
		bilou []string
	}{
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []string{"B-PER", "L-PER", "O", "U-LOC"}},
		{[]string{"B-ORG", "I-ORG", "I-ORG", "B-ORG"}, []string{"B-ORG", "I-ORG", "L-ORG", "U-ORG"}},
		{[]string{"B-MISC", "B-MISC", "I-MISC"}, []string{"U-MISC", "B-MISC", "L-MISC"}},
		{[]string{"O", "I-LOC", "O"}, []string{"O", "U-LOC", "O"}},
		{[]string{"B-XYZ", "O"}, []string{"O", "O"}},
	}
	for _, tt := range tests {
		got := toBILOU(tt.iob2, nil)
		var names []string
		for _, l := range got {
			names = append(names, labelNames[l])
		}
		if !slices.Equal(names, tt.bilou) {
			t.Errorf("toBILOU(%v) = %v, want %v", tt.iob2, names, tt.bilou)
		}
		// Back to IOB2, with unknown types dropped and I- after O fixed.
		back := toIOB2(got)
		if len(back) != len(tt.iob2) || !slices.Equal(chunks(back), knownChunks(tt.iob2)) {
			t.Errorf("toIOB2(toBILOU(%v)) = %v", tt.iob2, back)
		}
	}
}

func knownChunks(tags []string) []span {
	var out []span
	for _, c := range chunks(tags) {
		if typeIndex(c.typ) >= 0 {
			out = append(out, c)
		}
	}
	return out
}

func TestAllowed(t *testing.T) {
	b, i, l, u := label(0, posB), label(0, posI), label(0, posL), label(0, posU)
	other := label(1, posI)
	tests := []struct {
		prev, cur int
		want      bool
	}{
		{0, b, true}, {0, u, true}, {0, i, false}, {0, l, false},
		{b, i, true}, {b, l, true}, {b, 0, false}, {b, other, false},
		{i, l, true}, {i, u, false}, {l, 0, true}, {l, i, false}, {u, b, true},
	}
	for _, tt := range tests {
		if got := allowed[tt.prev][tt.cur]; got != tt.want {
			t.Errorf("allowed[%s][%s] = %v, want %v", labelNames[tt.prev], labelNames[tt.cur], got, tt.want)
		}
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		tags []string
		want []span
	}{
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{[]string{"I-ORG", "I-ORG", "B-ORG"}, []span{{0, 2, "ORG"}, {2, 3, "ORG"}}},
		{[]string{"B-PER", "I-LOC", "I-LOC"}, []span{{0, 1, "PER"}, {1, 3, "LOC"}}},
		{[]string{"O", "O"}, nil},
		{[]string{"B-MISC"}, []span{{0, 1, "MISC"}}},
	}
	for _, tt := range tests {
		if got := chunks(tt.tags); !slices.Equal(got, tt.want) {
			t.Errorf("chunks(%v) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

func TestGazetteer(t *testing.T) {
	var e gazEntries
	e[gazCity] = []string{"New York", "New York City", "York"}
	e[gazCountry] = []string{"U.S."}
	e[gazAirline] = []string{"York Air"}
	g := newGazetteer(e)
	words := []string{"NEW", "YORK", "CITY", "and", "the", "u.s.", "York", "york", "air"}
	toks := make([]token, len(words))
	for i, w := range words {
		toks[i].analyse(w)
	}
	g.match(toks, nil)
	// bits lists the bit numbers of (list, position) pairs.
	bits := func(lp ...int) []int {
		var out []int
		for i := 0; i < len(lp); i += 2 {
			out = append(out, 4*lp[i]+lp[i+1])
		}
		return out
	}
	want := [][]int{
		bits(gazCity, posB), bits(gazCity, posI), bits(gazCity, posL), nil, nil,
		bits(gazCountry, posU), bits(gazCity, posU),
		// The second list word holds the lists after the 16th.
		bits(gazCity, posU, gazAirline, posB), bits(gazAirline, posL),
	}
	for i := range toks {
		if got := slices.Collect(toks[i].gaz.bits); !slices.Equal(got, want[i]) {
			t.Errorf("%s: gaz bits %v, want %v", words[i], got, want[i])
		}
	}
}

func TestAnalyse(t *testing.T) {
	tests := []struct {
		word string
		cap  uint8
	}{
		{"Kremlin", capTitle}, {"NATO", capUpper}, {"Nato", capTitle}, {"McDonald", capMixed},
		{"iPhone", capInner}, {"said", capLower}, {"1996-08-22", capDigit}, {"--", capPunct},
		{"J.", capSingle}, {"Zürich", capTitle},
	}
	for _, tt := range tests {
		var tok token
		tok.analyse(tt.word)
		if tok.cap != tt.cap {
			t.Errorf("%s: cap class %d, want %d", tt.word, tok.cap, tt.cap)
		}
	}
	// Typographic quotes hash as their ASCII forms; case matters only in word.
	var a, b token
	a.analyse("“")
	b.analyse("\"")
	if a.word != b.word || a.shape != b.shape {
		t.Error("curly and straight quotes differ")
	}
	a.analyse("Nato")
	b.analyse("NATO")
	if a.lower != b.lower || a.word == b.word {
		t.Error("lower-cased forms of Nato and NATO differ, or their exact forms agree")
	}
}

func TestSplitText(t *testing.T) {
	got := splitText(`Mr. Smith's firm, Acme Inc., didn't buy U.S. bonds. "They said no," he said.`)
	want := [][]string{
		{"Mr.", "Smith", "'s", "firm", ",", "Acme", "Inc.", ",", "did", "n't", "buy", "U.S.", "bonds", "."},
		{"\"", "They", "said", "no", ",", "\"", "he", "said", "."},
	}
	if len(got) != len(want) {
		t.Fatalf("splitText: %q", got)
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("sentence %d: %q, want %q", i, got[i], want[i])
		}
	}
}

// TestEmbeddedModel scores the embedded model on the first 60 stories of
// the CoNLL-2003 test set (about a quarter of it).
func TestEmbeddedModel(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	docs := readDocs(t, "eng.testb")[:60]
	m := Evaluate(r, docs)
	t.Logf("testb[:60]: %v", m)
	// The embedded model reaches 0.8625 here (0.8665 on all of testb).
	if m.Micro.F1 < 0.86 {
		t.Errorf("F1 %.4f on testb[:60], want ≥ 0.86", m.Micro.F1)
	}
	for _, typ := range Types {
		if m.ByType[typ].F1 < 0.75 {
			t.Errorf("%s F1 %.4f, want ≥ 0.75", typ, m.ByType[typ].F1)
		}
	}
}

func TestRecognize(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	words := [][]string{
		{"President", "Vladimir", "Putin", "met", "German", "officials", "in", "Moscow", "on", "Tuesday", "."},
		{"The", "European", "Union", "said", "Putin", "had", "agreed", "."},
	}
	got := r.Recognize(words, nil)
	want := [][]string{
		{"O", "B-PER", "I-PER", "O", "B-MISC", "O", "O", "B-LOC", "O", "O", "O"},
		{"O", "B-ORG", "I-ORG", "O", "B-PER", "O", "O", "O"},
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("sentence %d: %v, want %v", i, got[i], want[i])
		}
	}
	if got := r.Recognize(nil, nil); len(got) != 0 {
		t.Errorf("no sentences: %v", got)
	}
}

// TestRuntimeText checks text unlike CoNLL-2003: curly quotes and
// apostrophes, mixed-case acronyms, titles before names.
func TestRuntimeText(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words, want string
	}{
		{"The Kremlin said on Tuesday that President Vladimir Putin would not attend .",
			"O B-LOC O O O O O B-PER I-PER O O O O"},
		{"Nato allies agreed to send more systems to Ukraine , Secretary General Mark Rutte said .",
			"B-ORG O O O O O O O B-LOC O O O B-PER I-PER O O"},
		{"Prime Minister Keir Starmer ’s Labour Party won a majority in the UK election .",
			"O O B-PER I-PER O B-ORG I-ORG O O O O O B-LOC O O"},
		{"“ We will not back down , ” Dr. Anthony Fauci told the Senate .",
			"O O O O O O O O O B-PER I-PER O O B-ORG O"},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.words)
		got := r.Recognize([][]string{words}, nil)[0]
		if want := strings.Fields(tt.want); !slices.Equal(got, want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.words, got, want)
		}
	}
}

func TestWriteRead(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if _, err := r.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), embedded) {
		t.Error("rewriting the embedded model changes its bytes")
	}
	r2, err := Read(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r2.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("write, read, write: bytes differ")
	}
	good := a.Bytes()
	flip := func(i int) []byte {
		b := slices.Clone(good)
		b[i] ^= 0x20
		return b
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"magic only", good[:len(fileMagic)]},
		{"truncated in a section length", good[:len(fileMagic)+4]},
		{"truncated in the tables", good[:len(good)/10]},
		{"truncated in the middle", good[:len(good)/2]},
		{"one byte short", good[:len(good)-1]},
		{"trailing byte", append(slices.Clone(good), 0)},
		{"flipped magic", flip(2)},
		{"flipped section length", flip(len(fileMagic) + 7)},
		{"flipped byte in the tables", flip(len(good) / 20)},
		{"flipped byte in the middle", flip(len(good) / 2)},
		{"flipped last byte", flip(len(good) - 1)},
	}
	for _, tt := range tests {
		if _, err := Read(bytes.NewReader(tt.data)); err == nil {
			t.Errorf("%s: read without error", tt.name)
		}
	}
}

// dictionaryBaseline tags each token with the tag its word most often had
// in the training documents, a trivial baseline.
func dictionaryBaseline(train, test []conll.NERDocument) Metrics {
	counts := map[string]map[string]int{}
	for _, d := range train {
		for _, s := range d.Sentences {
			for i, w := range s.Words {
				if counts[w] == nil {
					counts[w] = map[string]int{}
				}
				counts[w][s.Tags[i]]++
			}
		}
	}
	m := Metrics{}
	for _, d := range test {
		for _, s := range d.Sentences {
			pred := make([]string, len(s.Words))
			for i, w := range s.Words {
				pred[i] = "O"
				best := 0
				for tag, n := range counts[w] {
					if n > best || n == best && tag < pred[i] {
						pred[i], best = tag, n
					}
				}
			}
			gold, got := chunks(s.Tags), chunks(pred)
			m.Micro.Gold += len(gold)
			m.Micro.Predicted += len(got)
			for _, p := range got {
				if slices.Contains(gold, p) {
					m.Micro.Correct++
				}
			}
		}
	}
	m.Micro.Finish()
	return m
}

func TestTrainLearns(t *testing.T) {
	train := readDocs(t, "eng.train")[:150]
	dev := readDocs(t, "eng.testa")[:40]
	cfg := TrainConfig{Train: train, Epochs: 4, Folds: 3}
	r, err := Train(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	got := Evaluate(r, dev).Micro.F1
	base := dictionaryBaseline(train, dev).Micro.F1
	t.Logf("trained F1 %.4f, dictionary baseline %.4f", got, base)
	if got < base+0.1 {
		t.Errorf("trained F1 %.4f, want ≥ baseline %.4f + 0.1", got, base)
	}
	// Training is deterministic.
	r2, err := Train(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	r.WriteTo(&a)
	r2.WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings gave different models")
	}
}

func TestClusters(t *testing.T) {
	// Words used in the same contexts share clusters.
	var sents [][]string
	names := []string{"Smith", "Jones", "Brown", "Clark"}
	places := []string{"Paris", "London", "Madrid", "Vienna"}
	for i := range 40 {
		n, p := names[i%4], places[(i/4)%4]
		sents = append(sents,
			[]string{"Mr", n, "said", "on", "Monday", "."},
			[]string{"he", "flew", "to", p, "on", "Monday", "."},
			[]string{"the", "talks", "in", p, "ended", "."},
			[]string{"spokesman", n, "said", "it", "ended", "."},
		)
	}
	for _, dims := range []int{-1, 4} {
		c, err := buildClusters(context.Background(), sents, ClusterConfig{MinCount: 2, Contexts: 20, Branching: [numClusterLevels]int{2, 2, 2}, Dims: dims, Seed: 1})
		if err != nil {
			t.Fatal(err)
		}
		top := func(w string) uint32 { return c.index[w][0] }
		for _, w := range names[1:] {
			if top(w) != top(names[0]) {
				t.Errorf("%s and %s in different top clusters", w, names[0])
			}
		}
		for _, w := range places[1:] {
			if top(w) != top(places[0]) {
				t.Errorf("%s and %s in different top clusters", w, places[0])
			}
		}
		if top("Paris") == top("Smith") {
			t.Error("Paris and Smith share a top cluster")
		}
		var tok token
		tok.analyse("PARIS")
		c.lookup(&tok, "PARIS", true)
		if tok.clus != c.index["Paris"] {
			t.Error("PARIS does not fall back to Paris")
		}
	}
}

func BenchmarkRecognize(b *testing.B) {
	r, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	docs := readDocs(b, "eng.testa")
	var words [][][]string
	n := 0
	for _, d := range docs {
		var w [][]string
		for _, s := range d.Sentences {
			w = append(w, s.Words)
			n += len(s.Words)
		}
		words = append(words, w)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			r.Recognize(w, nil)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestJacobiEigen(t *testing.T) {
	a := []float64{
		4, 1, 2,
		1, 3, 0,
		2, 0, 5,
	}
	vals, vecs := jacobiEigen(a, 3)
	for c := range 3 {
		for i := range 3 {
			var av float64
			for j := range 3 {
				av += a[i*3+j] * vecs[j*3+c]
			}
			if d := av - vals[c]*vecs[i*3+c]; d > 1e-9 || d < -1e-9 {
				t.Errorf("eigenpair %d: (Av)[%d] = %g, λv = %g", c, i, av, vals[c]*vecs[i*3+c])
			}
		}
	}
	if sum := vals[0] + vals[1] + vals[2]; sum < 12-1e-9 || sum > 12+1e-9 {
		t.Errorf("eigenvalues %v do not sum to the trace 12", vals)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBrown(t *testing.T) {
	// Words of the same syntactic class share a Brown cluster.
	var sents [][]string
	dets := []string{"the", "a", "this"}
	nouns := []string{"cat", "dog", "bird", "fish"}
	verbs := []string{"sat", "ran", "slept"}
	for i := range 60 {
		sents = append(sents, []string{dets[i%3], nouns[(i/3)%4], verbs[(i/12)%3], "."})
	}
	for _, k := range []int{4, 16} {
		b, err := learnBrown(context.Background(), sents, BrownConfig{Clusters: k, MinCount: 2})
		if err != nil {
			t.Fatal(err)
		}
		path := func(w string) string {
			i, ok := slices.BinarySearch(b.words, w)
			if !ok {
				t.Fatalf("K=%d: %q not clustered", k, w)
			}
			return b.paths[i]
		}
		// The classes are separated at the first split below the root
		// cluster of the full stop.
		for _, class := range [][]string{dets, nouns, verbs} {
			for _, w := range class[1:] {
				if k == 4 && path(w) != path(class[0]) {
					t.Errorf("K=%d: %s %s and %s %s in different clusters", k, w, path(w), class[0], path(class[0]))
				}
			}
		}
		if path("the") == path("cat") || path("cat") == path("sat") {
			t.Errorf("K=%d: classes share clusters: the %s cat %s sat %s", k, path("the"), path("cat"), path("sat"))
		}
		var tok token
		tok.analyse("CAT")
		b.lookup(&tok, "CAT", true)
		if tok.brown != b.index["cat"] || tok.brown[0] == 0 {
			t.Errorf("K=%d: CAT does not fall back to cat", k)
		}
	}
}

func TestMineNames(t *testing.T) {
	tests := []struct {
		sent     string
		per, org []string
	}{
		{"President Ronald Reagan met Mr Nakasone on Monday .", []string{"Ronald Reagan", "Nakasone"}, nil},
		{"John Smith , a spokesman for Exxon Corp , said so .", []string{"John Smith"}, []string{"Exxon Corp"}},
		{"The Bank of England raised rates .", nil, []string{"Bank of England"}},
		{"Shares of General Motors Corp. fell .", nil, []string{"General Motors Corp."}},
		{"the bank said .", nil, nil},
		{"MR SMITH OF ACME CORP SAID .", nil, nil}, // upper-case headline
	}
	for _, tt := range tests {
		per, org := map[string]int{}, map[string]int{}
		common := func(w string) bool { return w == "shares" || w == "the" }
		mineNames(strings.Fields(tt.sent), common, per, org)
		keys := func(m map[string]int) []string {
			var out []string
			for k := range m {
				out = append(out, k)
			}
			slices.Sort(out)
			return out
		}
		want := func(s []string) []string { s = slices.Clone(s); slices.Sort(s); return s }
		if got := keys(per); !slices.Equal(got, want(tt.per)) {
			t.Errorf("%s: persons %q, want %q", tt.sent, got, tt.per)
		}
		if got := keys(org); !slices.Equal(got, want(tt.org)) {
			t.Errorf("%s: organisations %q, want %q", tt.sent, got, tt.org)
		}
	}
}

// TestReadTablesCorrupt checks that damaged table sections give an error,
// never a panic or a huge allocation: every truncation of the decompressed
// section, and counts and lengths that point past its end.
func TestReadTablesCorrupt(t *testing.T) {
	var g gazEntries
	g[gazCity] = []string{"New York", "York"}
	g[gazAirline] = []string{"York Air"}
	c := newClusterTable([]string{"york", "paris"}, [][numClusterLevels]uint8{{1, 2}, {3, 4}})
	b := newBrownTable([]string{"york"}, []string{"0110"})
	var buf bytes.Buffer
	if err := writeTables(&buf, g, c, b); err != nil {
		t.Fatal(err)
	}
	raw := buf.Bytes()
	read := func(raw []byte) error {
		_, _, _, err := readTables(raw)
		return err
	}
	if err := read(raw); err != nil {
		t.Fatalf("intact tables: %v", err)
	}
	for n := range len(raw) {
		if err := read(raw[:n]); err == nil {
			t.Errorf("tables cut to %d of %d bytes read without error", n, len(raw))
		}
	}
	tests := []struct {
		name string
		edit func([]byte) []byte
	}{
		{"huge list count", func(r []byte) []byte {
			// List 0's name ("country", 7 bytes) follows the list count.
			i := 1 + 1 + len(gazNames[0])
			return slices.Concat(r[:i], []byte{0xff, 0xff, 0xff, 0xff, 0x0f}, r[i+1:])
		}},
		{"bad varint", func(r []byte) []byte {
			return slices.Concat(r[:1], bytes.Repeat([]byte{0xff}, 11))
		}},
		{"trailing byte", func(r []byte) []byte {
			return append(slices.Clone(r), 0)
		}},
		{"wrong list name", func(r []byte) []byte {
			r = slices.Clone(r)
			r[2] = 'x'
			return r
		}},
	}
	for _, tt := range tests {
		if err := read(tt.edit(raw)); err == nil {
			t.Errorf("%s: read without error", tt.name)
		}
	}
}

func TestKnownLower(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"Striker", true},
		{"Perhaps", true},
		{"Teenager", true},
		{"the", true},
		{"Cherie", false}, // a given name only
		{"Xqzvt", false},
		{"", false},
	} {
		if got := r.KnownLower(tt.word); got != tt.want {
			t.Errorf("KnownLower(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
