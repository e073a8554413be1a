package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	chttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/julienschmidt/httprouter"
	"github.com/russross/blackfriday"
)

// DefaultAddr is where serve listens by default: loopback only.
const DefaultAddr = "127.0.0.1:64210"

// ServerConfig configures the HTTP server.
type ServerConfig struct {
	// Addr is the address the server listens on (host:port); requests
	// must name it, or a loopback name with its port, as their Host.
	Addr     string
	Writable bool          // accept writes through the APIs and the UI's write page
	Timeout  time.Duration // per query (DefaultQueryTimeout if 0)
	Limit    int           // results of a v1 query without ?limit= (100 if 0)
	Logger   *slog.Logger
}

// NewHandler serves Cayley's web UI (query, query shape, visualize and
// write pages, and the docs), API v1 (which the UI uses) and API v2 over
// the store. Unlike stock `cayley http` it does not answer cross-origin
// requests (no CORS headers, requests from other origins refused), refuses
// requests whose Host is not the listening address or loopback (DNS
// rebinding), and refuses writes unless cfg.Writable.
//
// API v2 is Cayley's (server/http). API v1 and the UI pages are served here
// as Cayley's internal/http serves them: that package cannot be imported
// from another module.
//
// The UI's templates and static files are read from Cayley's module source
// tree at run time, as Cayley itself does: they are there when the binary
// was built from this module (not with -trimpath). Without them the APIs
// are still served.
func NewHandler(st *Store, cfg ServerConfig) (http.Handler, error) {
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultQueryTimeout
	}
	if cfg.Limit <= 0 {
		cfg.Limit = 100
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &server{st: st, cfg: cfg, h: st.Handle()}
	r := httprouter.New()

	r.POST("/api/v1/query/:query_lang", s.v1Query)
	r.POST("/api/v1/shape/:query_lang", s.v1Shape)
	if cfg.Writable {
		r.POST("/api/v1/write", s.v1Write)
		r.POST("/api/v1/write/file/nquad", s.v1WriteNQuads)
		r.POST("/api/v1/delete", s.v1Delete)
	}
	api2 := chttp.NewAPIv2(s.h)
	api2.SetReadOnly(!cfg.Writable)
	api2.SetQueryTimeout(cfg.Timeout)
	api2.RegisterOn(r)

	dir, err := cayleySourceDir()
	if err == nil {
		s.templates, err = template.ParseGlob(filepath.Join(dir, "templates", "*"))
	}
	if err != nil {
		cfg.Logger.Warn("Cayley's web UI is not available: its files were not found in the module source tree; build newsgraph from this module without -trimpath", "err", err)
	} else {
		s.cayleyDir = dir
		r.GET("/", s.ui)
		r.GET("/ui/:ui_type", s.ui)
		r.GET("/docs/:docpage", s.docs)
		r.ServeFiles("/static/*filepath", http.Dir(filepath.Join(dir, "static")))
	}
	return s.guard(r), nil
}

type server struct {
	st        *Store
	h         *graph.Handle
	cfg       ServerConfig
	templates *template.Template
	cayleyDir string
}

// cayleySourceDir is the root of Cayley's module source, found through the
// source file of one of its functions.
func cayleySourceDir() (string, error) {
	fn := runtime.FuncForPC(reflect.ValueOf(chttp.NewAPIv2).Pointer())
	if fn == nil {
		return "", errors.New("no symbol information")
	}
	file, _ := fn.FileLine(fn.Entry())
	dir := filepath.Dir(filepath.Dir(filepath.Dir(file))) // …/server/http/api_v2.go
	if _, err := os.Stat(filepath.Join(dir, "templates", "query.html")); err != nil {
		return "", err
	}
	return dir, nil
}

// writePaths are the endpoints that change the graph.
var writePaths = []string{"/api/v1/write", "/api/v1/delete", "/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"}

// guard refuses requests for another Host, cross-origin requests, CORS
// preflights and, unless writable, writes.
func (s *server) guard(next http.Handler) http.Handler {
	allowed := allowedHosts(s.cfg.Addr)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		code, msg := s.refuse(r, allowed)
		if code != 0 {
			s.cfg.Logger.Warn("request refused", "method", r.Method, "path", r.URL.Path, "host", r.Host, "origin", r.Header.Get("Origin"), "why", msg)
			jsonError(w, code, msg)
			return
		}
		next.ServeHTTP(w, r)
		s.cfg.Logger.Debug("request", "method", r.Method, "path", r.URL.Path, "took", time.Since(start))
	})
}

func (s *server) refuse(r *http.Request, allowed map[string]bool) (int, string) {
	if !allowed[strings.ToLower(r.Host)] {
		return http.StatusForbidden, fmt.Sprintf("Host %q is not served here", r.Host)
	}
	if o := r.Header.Get("Origin"); o != "" {
		u, err := parseOrigin(o)
		if err != nil || !allowed[u] {
			return http.StatusForbidden, "cross-origin requests are not allowed"
		}
	}
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" {
		return http.StatusForbidden, "cross-site requests are not allowed"
	}
	if r.Method == http.MethodOptions {
		return http.StatusForbidden, "cross-origin requests are not allowed"
	}
	if !s.cfg.Writable {
		for _, p := range writePaths {
			if r.URL.Path == p || strings.HasPrefix(r.URL.Path, p+"/") {
				return http.StatusForbidden, "the graph is read-only (serve --writable accepts writes)"
			}
		}
	}
	return 0, ""
}

// parseOrigin returns the host:port of an Origin header ("http://h:p").
func parseOrigin(o string) (string, error) {
	rest, ok := strings.CutPrefix(strings.ToLower(o), "http://")
	if !ok || rest == "" || strings.ContainsAny(rest, "/?#@") {
		return "", errors.New("not an http origin")
	}
	if _, _, err := net.SplitHostPort(rest); err != nil {
		rest += ":80"
	}
	return rest, nil
}

// allowedHosts are the Host values a request may carry: the listening
// address and the loopback names with its port.
func allowedHosts(addr string) map[string]bool {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return map[string]bool{strings.ToLower(addr): true}
	}
	m := map[string]bool{}
	add := func(h string) {
		m[strings.ToLower(net.JoinHostPort(h, port))] = true
		if port == "80" {
			m[strings.ToLower(h)] = true
		}
	}
	for _, h := range []string{"localhost", "127.0.0.1", "::1"} {
		add(h)
	}
	if host != "" && host != "0.0.0.0" && host != "::" {
		add(host)
	}
	return m
}

func jsonError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

func (s *server) ui(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	page := ps.ByName("ui_type")
	if r.URL.Path == "/" {
		page = "query"
	}
	if s.templates.Lookup(page+".html") == nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.templates.ExecuteTemplate(w, page+".html", nil); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func (s *server) docs(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	page := filepath.Base(ps.ByName("docpage"))
	if !strings.HasSuffix(page, ".md") {
		page += ".md"
	}
	data, err := os.ReadFile(filepath.Join(s.cayleyDir, "docs", page))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	renderer := blackfriday.HtmlRenderer(blackfriday.HTML_USE_XHTML|blackfriday.HTML_USE_SMARTYPANTS|blackfriday.HTML_COMPLETE_PAGE,
		"Cayley Docs - "+page, "/static/css/docs.css")
	ext := blackfriday.EXTENSION_TABLES | blackfriday.EXTENSION_FENCED_CODE | blackfriday.EXTENSION_AUTOLINK |
		blackfriday.EXTENSION_STRIKETHROUGH | blackfriday.EXTENSION_HEADER_IDS
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(blackfriday.Markdown(data, renderer, ext))
}

const maxRequest = 1 << 20

// v1Request reads the query language and the query of a v1 request,
// answering the error itself when either is wrong.
func v1Request(w http.ResponseWriter, r *http.Request, ps httprouter.Params) (*query.Language, []byte, bool) {
	lang := query.GetLanguage(ps.ByName("query_lang"))
	if lang == nil || lang.HTTP == nil {
		jsonError(w, http.StatusBadRequest, "Unknown query language.")
		return nil, nil, false
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxRequest))
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return nil, nil, false
	}
	return lang, body, true
}

// v1Query runs a query as Cayley's API v1 does: {"result": [...]} or
// {"error": "..."}.
func (s *server) v1Query(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	lang, body, ok := v1Request(w, r, ps)
	if !ok {
		return
	}
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if limit == 0 {
		limit = s.cfg.Limit
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
	defer cancel()
	it, err := lang.HTTP(s.h.QuadStore).Execute(ctx, string(body), query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	defer it.Close()
	var out []interface{}
	for it.Next(ctx) {
		out = append(out, it.Result())
	}
	if err := it.Err(); err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	// text/plain, as Cayley answers: the UI's pages JSON.parse the text.
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	json.NewEncoder(w).Encode(map[string]interface{}{"result": out})
}

// v1Shape returns the shape of a query, for the UI's query shape page.
func (s *server) v1Shape(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	lang, body, ok := v1Request(w, r, ps)
	if !ok {
		return
	}
	shape, err := lang.HTTP(s.h.QuadStore).ShapeOf(string(body))
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	json.NewEncoder(w).Encode(shape)
}

// v1Quads reads the JSON quads of a v1 write or delete.
func v1Quads(r *http.Request) ([]quad.Quad, error) {
	var in []struct {
		Subject, Predicate, Object, Label string
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, maxRequest)).Decode(&in); err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(in))
	for i, j := range in {
		q := quad.Quad{Subject: quad.StringToValue(j.Subject), Predicate: quad.StringToValue(j.Predicate),
			Object: quad.StringToValue(j.Object), Label: quad.StringToValue(j.Label)}
		if !q.IsValid() {
			return nil, fmt.Errorf("invalid quad at index %d: %s", i, q)
		}
		out = append(out, q)
	}
	return out, nil
}

func (s *server) v1Write(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	qs, err := v1Quads(r)
	if err == nil {
		err = s.h.QuadWriter.AddQuadSet(qs)
	}
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	fmt.Fprintf(w, `{"result": "Successfully wrote %d quads."}`, len(qs))
}

func (s *server) v1Delete(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	qs, err := v1Quads(r)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	for _, q := range qs {
		if err := s.h.QuadWriter.RemoveQuad(q); err != nil && !graph.IsQuadNotExist(err) {
			jsonError(w, http.StatusBadRequest, err.Error())
			return
		}
	}
	fmt.Fprintf(w, `{"result": "Successfully deleted %d quads."}`, len(qs))
}

func (s *server) v1WriteNQuads(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	f, _, err := r.FormFile("NQuadFile")
	if err != nil {
		jsonError(w, http.StatusBadRequest, "Couldn't read file: "+err.Error())
		return
	}
	defer f.Close()
	qw := graph.NewWriter(s.h.QuadWriter)
	n, err := quad.CopyBatch(qw, nquads.NewReader(f, false), quad.DefaultBatch)
	if cerr := qw.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	fmt.Fprintf(w, `{"result": "Successfully wrote %d quads."}`, n)
}

// Serve serves the store on ln until ctx is done.
func Serve(ctx context.Context, st *Store, ln net.Listener, cfg ServerConfig) error {
	if cfg.Addr == "" {
		cfg.Addr = ln.Addr().String()
	}
	h, err := NewHandler(st, cfg)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
		return nil
	}
}

// ExampleQueries are Gizmo queries worth showing on a news graph; Examples
// picks those that return something.
var ExampleQueries = []string{
	`g.V().Has(g.IRI("rdf:type"), g.IRI("schema:Person")).Tag("source").Out(g.IRI("ng:met")).Tag("target").All()`,
	`g.V().Has(g.IRI("rdf:type"), g.IRI("schema:Quotation")).Save(g.IRI("ng:text"), "quote").Out(g.IRI("ng:speaker")).Out(g.IRI("schema:name")).Limit(10).All()`,
	`g.V().Out(g.IRI("ng:holds")).Save(g.IRI("ng:title"), "title").In(g.IRI("ng:holds")).Out(g.IRI("schema:name")).Unique().Limit(10).All()`,
	`g.V().Has(g.IRI("rdf:type"), g.IRI("ng:Evidence")).Save(g.IRI("ng:predicate"), "predicate").Out(g.IRI("ng:sentence")).Limit(5).All()`,
	`g.V().Has(g.IRI("rdf:type"), g.IRI("schema:NewsArticle")).Save(g.IRI("schema:headline"), "headline").Out(g.IRI("ng:id")).All()`,
	`g.V().Has(g.IRI("rdf:type"), g.IRI("schema:NewsArticle")).Out(g.IRI("ng:id")).All()`,
}

// Examples returns up to n of ExampleQueries that have results on st.
func Examples(ctx context.Context, st *Store, n int) []string {
	var out []string
	for _, q := range ExampleQueries {
		if len(out) == n {
			break
		}
		if res, err := Query(ctx, st.QS, q, 1, 5*time.Second); err == nil && len(res) > 0 {
			out = append(out, q)
		}
	}
	return out
}
