package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"newsgraph/graph"
	"newsgraph/internal/testtools"
)

// The facts of the seed articles the issue names, as Gizmo queries and
// what one of their results must contain.
var seedChecks = []struct {
	name, query, want string
}{
	{"Lammy met Vance",
		`g.V().Has(g.IRI("schema:name"), "David Lammy").Both(g.IRI("ng:met")).Out(g.IRI("schema:name")).All()`, "Vance"},
	{"Hegseth's quote",
		`g.V().Has(g.IRI("schema:name"), "Pete Hegseth").Out(g.IRI("ng:said")).Out(g.IRI("ng:text")).All()`, "Uncle Sucker"},
	{"Starmer's role",
		`g.V().Has(g.IRI("schema:name"), "Keir Starmer").Out(g.IRI("ng:holds")).Out(g.IRI("ng:title")).All()`, "Prime Minister"},
	{"the issue's query",
		`g.V().Has("<http://schema.org/name>", "David Lammy").Both().Out("<http://schema.org/name>").All()`, "Vance"},
}

func anyContains(results []interface{}, want string) bool {
	for _, r := range results {
		if strings.Contains(fmt.Sprint(r), want) {
			return true
		}
	}
	return false
}

func TestSeedFactsThroughTheLibrary(t *testing.T) {
	db := seedGraph(t)
	st, err := graph.Open("bolt", db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, c := range seedChecks {
		res, err := graph.Query(context.Background(), st.QS, c.query, 0, 0)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
		} else if !anyContains(res, c.want) {
			t.Errorf("%s: no result contains %q: %v", c.name, c.want, res)
		}
	}
}

func TestSeedFactsThroughTheCLI(t *testing.T) {
	db := seedGraph(t)
	for _, c := range seedChecks {
		out, _, err := run(context.Background(), "", "--dbpath", db, "query", c.query)
		var res []interface{}
		if err == nil {
			err = json.Unmarshal([]byte(out), &res)
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
		} else if !anyContains(res, c.want) {
			t.Errorf("%s: no result contains %q:\n%s", c.name, c.want, out)
		}
	}
}

// TestSeedEvidenceIsTheSentence checks that the evidence of Lammy –met→
// Vance is a sentence of the article, at its code point offsets, naming
// Lammy.
func TestSeedEvidenceIsTheSentence(t *testing.T) {
	db := seedGraph(t)
	st, err := graph.Open("bolt", db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	res, err := graph.Query(context.Background(), st.QS, `
g.V().Has(g.IRI("ng:predicate"), g.IRI("ng:met")).Tag("ev").
  Out([g.IRI("ng:subject"), g.IRI("ng:object")]).Has(g.IRI("schema:name"), "David Lammy").Back("ev").
  Save(g.IRI("ng:sentence"), "sentence").Save(g.IRI("ng:start"), "start").Save(g.IRI("ng:end"), "end").
  Out(g.IRI("ng:article")).Out(g.IRI("ng:id")).All()`, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) == 0 {
		t.Fatal("no evidence for David Lammy –met→")
	}
	ok := false
	for _, r := range res {
		m := r.(map[string]interface{})
		text, err := os.ReadFile(filepath.Join(seeds, m["id"].(string)+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		sentence, _ := m["sentence"].(string)
		start, _ := m["start"].(int64)
		end, _ := m["end"].(int64)
		runes := []rune(string(text))
		if strings.Contains(sentence, "Lammy") && end <= int64(len(runes)) && string(runes[start:end]) == sentence {
			ok = true
		} else {
			t.Logf("evidence %v: %q is not text[%d:%d]", m["id"], sentence, start, end)
		}
	}
	if !ok {
		t.Errorf("no evidence of Lammy –met→ is its sentence: %v", res)
	}
}

func TestSeedNQuadsExport(t *testing.T) {
	n3 := testtools.NeedNQuadsTools(t)
	db := seedGraph(t)
	file := filepath.Join(t.TempDir(), "seeds.nq")
	if _, _, err := run(context.Background(), "", "--dbpath", db, "export", "--format", "nquads", "--out", file); err != nil {
		t.Fatal(err)
	}
	n := testtools.CheckNQuads(t, n3, file)
	st, err := graph.Open("bolt", db, nil)
	if err != nil {
		t.Fatal(err)
	}
	want, err := st.QuadCount(context.Background())
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if int64(n) != want {
		t.Errorf("the parsers read %d quads, the graph has %d", n, want)
	}
	// Loaded into a fresh store with Cayley's loader, the same count.
	fresh := filepath.Join(t.TempDir(), "fresh")
	if out, err := exec.Command(cayleyBinary(t), "load", "--init", "--db", "bolt", "--dbpath", fresh, "-i", file).CombinedOutput(); err != nil {
		t.Fatalf("cayley load: %v\n%s", err, out)
	}
	st, err = graph.Open("bolt", fresh, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.QuadCount(context.Background())
	st.Close()
	if err != nil || got != want {
		t.Errorf("reloaded: %d quads (%v), want %d", got, err, want)
	}
}

var cayleyBin string

// cayleyBinary builds the stock Cayley CLI from this module (go.mod's tool).
func cayleyBinary(t *testing.T) string {
	t.Helper()
	if cayleyBin != "" {
		return cayleyBin
	}
	bin := filepath.Join(seedDirOrTemp(t), "cayley")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/cayleygraph/cayley/cmd/cayley")
	cmd.Dir = testtools.RepoRoot()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the cayley CLI: %v\n%s", err, out)
	}
	cayleyBin = bin
	return bin
}

func seedDirOrTemp(t *testing.T) string {
	if seedDir != "" {
		return seedDir
	}
	return t.TempDir()
}

func TestStockCayleyOpensTheStore(t *testing.T) {
	db := seedGraph(t)
	bin := cayleyBinary(t)
	cmd := exec.Command(bin, "query", "--db", "bolt", "--dbpath", db,
		`g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/NewsArticle>").Out("<https://newsgraph.dev/ns#id>").All()`)
	cmd.Dir = t.TempDir()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("cayley query: %v\n%s", err, out)
	}
	for _, id := range []string{"000_ad8773f625c12b7a", "004_c0f30ce9f926571c"} {
		if !strings.Contains(string(out), id) {
			t.Errorf("cayley's answer lacks %s:\n%s", id, out)
		}
	}
}

func freePort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// lineWriter sends the lines written to it on a channel.
type lineWriter struct{ lines chan string }

func (w lineWriter) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(strings.NewReader(string(p)))
	for sc.Scan() {
		select {
		case w.lines <- sc.Text():
		default:
		}
	}
	return len(p), nil
}

func TestServe(t *testing.T) {
	db := seedGraph(t)
	addr := freePort(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	lines := make(chan string, 100)
	done := make(chan error, 1)
	go func() {
		cmd := newRootCmd()
		cmd.SetArgs([]string{"--dbpath", db, "-q", "serve", "--addr", addr})
		cmd.SetOut(lineWriter{lines})
		cmd.SetErr(io.Discard)
		done <- cmd.ExecuteContext(ctx)
	}()
	var printed []string
	deadline := time.After(20 * time.Second)
wait:
	for {
		select {
		case l := <-lines:
			printed = append(printed, l)
			if strings.Contains(l, "serving") {
				break wait
			}
		case err := <-done:
			t.Fatalf("serve ended: %v", err)
		case <-deadline:
			t.Fatal("serve did not start")
		}
	}
	url := regexp.MustCompile(`http://\S+`).FindString(printed[len(printed)-1])
	if url != "http://"+addr {
		t.Errorf("printed URL %q, listening on %s", url, addr)
	}
	var resp *http.Response
	var err error
	for i := 0; i < 50; i++ {
		if resp, err = http.Get(url + "/"); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "cayley_query.js") {
		t.Errorf("/ is not Cayley's UI: %d %.300s", resp.StatusCode, body)
	}
	resp, err = http.Post(url+"/api/v1/query/gizmo", "text/plain",
		strings.NewReader(`g.V().Has(g.IRI("rdf:type"), g.IRI("schema:NewsArticle")).Out(g.IRI("ng:id")).All()`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "004_c0f30ce9f926571c") {
		t.Errorf("v1 query: %d %s", resp.StatusCode, body)
	}
	resp, err = http.Post(url+"/api/v1/write", "application/json",
		strings.NewReader(`[{"subject":"<https://ex.org/x>","predicate":"<https://ex.org/p>","object":"y"}]`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("a write without --writable: %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("serve did not stop")
	}
}
