package graph

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func request(t *testing.T, h http.Handler, method, target, body string, header map[string]string) (int, http.Header, string) {
	t.Helper()
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	r.Host = "127.0.0.1:64210"
	for k, v := range header {
		if k == "Host" {
			r.Host = v
		} else {
			r.Header.Set(k, v)
		}
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	b, _ := io.ReadAll(w.Result().Body)
	return w.Code, w.Result().Header, string(b)
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func TestServer(t *testing.T) {
	st, _ := buildFixtures(t)
	ro, err := NewHandler(st, ServerConfig{Addr: "127.0.0.1:64210", Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	rw, err := NewHandler(st, ServerConfig{Addr: "127.0.0.1:64210", Writable: true, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}

	code, _, body := request(t, ro, "GET", "/", "", nil)
	if code != 200 || !strings.Contains(body, "cayley_query.js") {
		t.Errorf("/: %d %.200s", code, body)
	}
	if code, _, _ := request(t, ro, "GET", "/static/js/cayley_query.js", "", nil); code != 200 {
		t.Errorf("static: %d", code)
	}
	if code, _, body := request(t, ro, "GET", "/ui/visualize", "", nil); code != 200 || !strings.Contains(body, "cayley_visualize.js") {
		t.Errorf("visualize: %d", code)
	}

	// API v1, as the UI's query page uses it, with newsgraph's namespaces.
	q := `g.V().Has(g.IRI("schema:name"), "Ada Quill").Out(g.IRI("ng:met")).Out(g.IRI("schema:name")).Unique().All()`
	code, hdr, body := request(t, ro, "POST", "/api/v1/query/gizmo", q, map[string]string{"Origin": "http://127.0.0.1:64210"})
	var res struct{ Result []map[string]string }
	if code != 200 || json.Unmarshal([]byte(body), &res) != nil || len(res.Result) != 1 || res.Result[0]["id"] != "Bram Okafor" {
		t.Errorf("v1 query: %d %s", code, body)
	}
	if hdr.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS header sent: %v", hdr)
	}
	// As Cayley answers: the UI's pages JSON.parse the text, which jQuery
	// would already have parsed had it been application/json.
	if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("v1 query Content-Type %q", ct)
	}
	if code, _, body := request(t, ro, "POST", "/api/v1/shape/gizmo", q, nil); code != 200 || !strings.Contains(body, "nodes") {
		t.Errorf("v1 shape: %d %s", code, body)
	}
	// API v2.
	if code, _, body := request(t, ro, "POST", "/api/v2/query?lang=gizmo", q, nil); code != 200 || !strings.Contains(body, "Bram Okafor") {
		t.Errorf("v2 query: %d %s", code, body)
	}

	// Writes are refused unless writable.
	write := `[{"subject":"<https://ex.org/x>","predicate":"<https://ex.org/p>","object":"y"}]`
	for _, path := range []string{"/api/v1/write", "/api/v1/delete", "/api/v2/write", "/api/v2/delete"} {
		if code, _, _ := request(t, ro, "POST", path, write, nil); code != http.StatusForbidden {
			t.Errorf("read-only %s: %d", path, code)
		}
	}
	if code, _, body := request(t, rw, "POST", "/api/v1/write", write, nil); code != 200 {
		t.Errorf("writable write: %d %s", code, body)
	}
	if code, _, body := request(t, ro, "POST", "/api/v1/query/gizmo", `g.V("<https://ex.org/x>").Out("<https://ex.org/p>").All()`, nil); code != 200 || !strings.Contains(body, `"y"`) {
		t.Errorf("after the write: %d %s", code, body)
	}

	// Other hosts (DNS rebinding), other origins and preflights are refused.
	for _, c := range []map[string]string{
		{"Host": "evil.example:64210"},
		{"Host": "127.0.0.1:9999"},
		{"Origin": "http://evil.example"},
		{"Origin": "null"},
		{"Sec-Fetch-Site": "cross-site"},
	} {
		code, hdr, _ := request(t, ro, "POST", "/api/v1/query/gizmo", q, c)
		if code != http.StatusForbidden || hdr.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("%v: %d %v", c, code, hdr)
		}
	}
	if code, hdr, _ := request(t, ro, "OPTIONS", "/api/v1/query/gizmo", "", map[string]string{"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"}); code != http.StatusForbidden || hdr.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("preflight: %d %v", code, hdr)
	}
	for _, host := range []string{"localhost:64210", "[::1]:64210", "127.0.0.1:64210"} {
		if code, _, _ := request(t, ro, "GET", "/", "", map[string]string{"Host": host}); code != 200 {
			t.Errorf("Host %s: %d", host, code)
		}
	}
}
