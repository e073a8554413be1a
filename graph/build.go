package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/extract"
	"newsgraph/schema"
)

// Extractor reads the facts of one article (extract.Extractor is one).
type Extractor interface {
	Extract(ctx context.Context, a extract.Article) (*extract.Result, error)
}

// BuildOptions configures a build.
type BuildOptions struct {
	Inputs    []string // files and folders (walked recursively for *.txt)
	Extractor Extractor
	MaxBytes  int64 // articles larger than this are rejected (extract.DefaultMaxBytes if ≤ 0)
	Workers   int   // concurrent extractions (GOMAXPROCS if ≤ 0)
	Force     bool  // re-extract articles whose content is unchanged
	Logger    *slog.Logger
	// Progress, if set, is called after each article with the number done
	// and the total.
	Progress func(done, total int)
}

// Problem is an input that could not be built, or a warning about one.
type Problem struct {
	Path string
	Err  error
}

func (p Problem) String() string { return p.Path + ": " + p.Err.Error() }

// BuildReport summarises a build.
type BuildReport struct {
	Files                                     int // article files found
	Added                                     int // articles new to the graph
	Updated                                   int // articles whose content changed (or re-extracted with Force)
	Unchanged                                 int // articles skipped, their content unchanged
	Failed                                    int // files that could not be read or extracted
	Sentences, Entities, Facts, Quotes, Roles int
	QuadsAdded, QuadsRemoved                  int
	Quads                                     int64 // quads in the graph afterwards
	Errors                                    []Problem
	Warnings                                  []Problem
	Duration                                  time.Duration
}

// Articles is the number of articles written or kept.
func (r *BuildReport) Articles() int { return r.Added + r.Updated + r.Unchanged }

// ArticleFile is an article file that FindArticles found, with the id of
// its article.
type ArticleFile struct {
	Path string
	ID   string
}

// FindArticles lists the .txt files under the given paths, sorted within
// each folder; a path naming a file is taken whatever its extension. An
// article's id is the file's path under the folder given, with slashes and
// without extension ("politics/001" for bbc/politics/001.txt when bbc is
// given), so that a corpus kept in folders by section or date, whose files
// repeat names, builds whole; a file given by itself, or at the top of a
// folder given, has its name without extension as id.
func FindArticles(paths []string) ([]ArticleFile, []Problem) {
	var files []ArticleFile
	var probs []Problem
	seen := map[string]bool{}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			probs = append(probs, Problem{p, err})
			continue
		}
		if !st.IsDir() {
			if !seen[p] {
				seen[p] = true
				files = append(files, ArticleFile{p, ArticleID(p)})
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				probs = append(probs, Problem{path, err})
				return nil
			}
			if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".txt") && !seen[path] {
				seen[path] = true
				id := ArticleID(path)
				if rel, err := filepath.Rel(p, path); err == nil {
					id = strings.TrimSuffix(filepath.ToSlash(rel), filepath.Ext(rel))
				}
				files = append(files, ArticleFile{path, id})
			}
			return nil
		})
		if err != nil {
			probs = append(probs, Problem{p, err})
		}
	}
	return files, probs
}

// ArticleID is the id of the article in a file given by itself: its name
// without extension.
func ArticleID(path string) string {
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}

// StoredHashes returns the content hash of every article in the store, by
// article id.
func (s *Store) StoredHashes(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	it := s.QS.QuadIterator(quad.Predicate, s.QS.ValueOf(schema.Hash))
	defer it.Close()
	for it.Next(ctx) {
		q := s.QS.Quad(it.Result())
		art, ok := q.Subject.(quad.IRI)
		h, ok2 := q.Object.(quad.String)
		if ok && ok2 && strings.HasPrefix(string(art), schema.ArticleNS) {
			out[articleIDOf(art)] = string(h)
		}
	}
	return out, it.Err()
}

// articleIDOf is the article id of an article IRI.
func articleIDOf(iri quad.IRI) string {
	id := strings.TrimPrefix(string(iri), schema.ArticleNS)
	if u, err := unescapeSegment(id); err == nil {
		return u
	}
	return id
}

func unescapeSegment(s string) (string, error) {
	if !strings.Contains(s, "%") {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b.WriteByte(s[i])
			continue
		}
		if i+2 >= len(s) {
			return "", errors.New("bad escape")
		}
		var v byte
		for _, c := range []byte(s[i+1 : i+3]) {
			v <<= 4
			switch {
			case c >= '0' && c <= '9':
				v |= c - '0'
			case c >= 'A' && c <= 'F':
				v |= c - 'A' + 10
			case c >= 'a' && c <= 'f':
				v |= c - 'a' + 10
			default:
				return "", errors.New("bad escape")
			}
		}
		b.WriteByte(v)
		i += 2
	}
	return b.String(), nil
}

// ReplaceArticle deletes the quads labelled with the result's article and
// writes its new quads, updates the display names of the actors whose
// articles changed and recomputes the owl:sameAs links between actors. It
// returns the numbers of quads added and removed. Except on bolt, the
// article, its display names and the links are written in one transaction.
func (s *Store) ReplaceArticle(ctx context.Context, res *extract.Result) (added, removed int, err error) {
	links, err := s.readLinkState(ctx)
	if err != nil {
		return 0, 0, err
	}
	touched := map[quad.Value]bool{}
	if added, removed, err = s.replaceArticle(ctx, res, touched, links); err != nil {
		return added, removed, err
	}
	a, r, err := s.UpdateDisplayNames(ctx, touched)
	added, removed = added+a, removed+r
	if err != nil {
		return added, removed, err
	}
	a, r, err = s.writeLinks(ctx, links)
	return added + a, removed + r, err
}

// namesWithArticles reports whether the display names and owl:sameAs links
// an article changes are written in the article's transaction. They are on
// every backend but bolt, so that a build stopped between two articles
// leaves a graph whose every article, with the display names and links it
// implies, is either as before or as new. On bolt they are written once at
// the end of a build, which BuildAt makes atomic as a whole: bolt lost a
// node shared by the deleted and added quads of one transaction (see
// apply).
func (s *Store) namesWithArticles() bool { return s.Backend != "bolt" }

// replaceArticle rewrites an article's quads and records them in links.
// With namesWithArticles, the display names and the owl:sameAs links its
// changes imply are written in the same transaction; otherwise the actors
// whose names may change are added to touched, for UpdateDisplayNames, and
// the links are left for writeLinks. After an error links no longer
// matches the store.
func (s *Store) replaceArticle(ctx context.Context, res *extract.Result, touched map[quad.Value]bool, links *linkState) (added, removed int, err error) {
	label := schema.ArticleIRI(res.Article.ID)
	old := map[quad.Quad]bool{}
	it := s.QS.QuadIterator(quad.Label, s.QS.ValueOf(label))
	for it.Next(ctx) {
		q := s.QS.Quad(it.Result())
		old[q] = true
	}
	err = it.Err()
	it.Close()
	if err != nil {
		return 0, 0, fmt.Errorf("read article %s: %w", res.Article.ID, err)
	}
	var dels, adds []quad.Quad
	for _, q := range ArticleQuads(res) {
		if old[q] {
			delete(old, q) // unchanged: kept
		} else {
			adds = append(adds, q)
		}
	}
	for q := range old {
		dels = append(dels, q)
	}
	// A display name depends on the names the articles give the actor
	// (ng:name) and on nothing else.
	named := map[quad.Value]bool{}
	for _, qs := range [][]quad.Quad{dels, adds} {
		for _, q := range qs {
			if q.Predicate == schema.ArticleName && IsActor(q.Subject) {
				named[q.Subject] = true
			}
		}
	}
	links.update(dels, adds)
	var ld, la []quad.Quad // link changes
	if !s.namesWithArticles() {
		for n := range named {
			touched[n] = true
		}
	} else {
		nd, na, err := s.displayNameChanges(ctx, named, dels, adds)
		if err != nil {
			return 0, 0, fmt.Errorf("article %s: %w", res.Article.ID, err)
		}
		ld, la = links.changes()
		dels = append(append(dels, nd...), ld...)
		adds = append(append(adds, na...), la...)
	}
	if err := s.apply(ctx, dels, adds); err != nil {
		return 0, 0, fmt.Errorf("write article %s: %w", res.Article.ID, err)
	}
	links.update(ld, la)
	return len(adds), len(dels), nil
}

// apply deletes and adds quads: in one transaction, except on Cayley's kv
// stores (bolt), which lost a node shared by deleted and added quads of one
// transaction when an article was rewritten: there it takes two, deletions
// then additions (bolt builds are made atomic by BuildAt instead).
func (s *Store) apply(ctx context.Context, dels, adds []quad.Quad) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	sort.Slice(dels, func(i, j int) bool { return quadLess(dels[i], dels[j]) })
	var ds, as []graph.Delta
	for _, q := range dels {
		ds = append(ds, graph.Delta{Quad: q, Action: graph.Delete})
	}
	for _, q := range adds {
		as = append(as, graph.Delta{Quad: q, Action: graph.Add})
	}
	batches := [][]graph.Delta{append(ds, as...)}
	if s.Backend == "bolt" {
		batches = [][]graph.Delta{ds, as}
	}
	for _, b := range batches {
		if len(b) == 0 {
			continue
		}
		if err := s.QS.ApplyDeltas(b, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
			return err
		}
	}
	return nil
}

// UpdateDisplayNames rewrites the display names (schema:name, labelled
// schema.NamesGraph) of the given actors from the names their articles give
// them, and removes those of actors no article mentions any more.
func (s *Store) UpdateDisplayNames(ctx context.Context, actors map[quad.Value]bool) (added, removed int, err error) {
	if len(actors) == 0 {
		return 0, 0, nil
	}
	dels, adds, err := s.displayNameChanges(ctx, actors, nil, nil)
	if err != nil {
		return 0, 0, err
	}
	if err := s.apply(ctx, dels, adds); err != nil {
		return 0, 0, fmt.Errorf("write display names: %w", err)
	}
	return len(adds), len(dels), nil
}

// displayNameChanges returns the display-name quads to delete and to add
// so that the given actors have the display names their articles give them
// once the pending deletions and additions of quads are applied.
func (s *Store) displayNameChanges(ctx context.Context, actors map[quad.Value]bool, pendingDels, pendingAdds []quad.Quad) (dels, adds []quad.Quad, err error) {
	nodes := make([]quad.Value, 0, len(actors))
	for n := range actors {
		nodes = append(nodes, n)
	}
	sort.Slice(nodes, func(i, j int) bool { return quad.StringOf(nodes[i]) < quad.StringOf(nodes[j]) })
	// The pending changes of the names articles give (ng:name), by actor.
	pending := map[quad.Value]map[string]int{}
	for _, p := range []struct {
		qs    []quad.Quad
		delta int
	}{{pendingDels, -1}, {pendingAdds, +1}} {
		for _, q := range p.qs {
			if q.Predicate != schema.ArticleName || !actors[q.Subject] {
				continue
			}
			if pending[q.Subject] == nil {
				pending[q.Subject] = map[string]int{}
			}
			pending[q.Subject][literal(q.Object)] += p.delta
		}
	}
	names := quad.IRI(schema.NamesGraph)
	for _, n := range nodes {
		counts, current, err := s.nameState(ctx, n)
		if err != nil {
			return nil, nil, fmt.Errorf("read the names of %s: %w", quad.StringOf(n), err)
		}
		for name, d := range pending[n] {
			if counts[name] += d; counts[name] <= 0 {
				delete(counts, name)
			}
		}
		var want *quad.Quad
		if len(counts) > 0 {
			want = &quad.Quad{Subject: n, Predicate: schema.Name, Object: quad.String(chooseName(counts, n)), Label: names}
		}
		for _, q := range current {
			if want != nil && q == *want {
				want = nil
			} else {
				dels = append(dels, q)
			}
		}
		if want != nil {
			adds = append(adds, *want)
		}
	}
	return dels, adds, nil
}

// nameState reads how many articles give actor n each of its names
// (ng:name) and its current display-name quads. It resolves only the names,
// not every node of the actor's quads: on the SQL backends each node
// resolved is a query.
func (s *Store) nameState(ctx context.Context, n quad.Value) (counts map[string]int, current []quad.Quad, err error) {
	counts = map[string]int{}
	ref := s.QS.ValueOf(n)
	if ref == nil {
		return counts, nil, nil
	}
	articleName := graph.ToKey(s.QS.ValueOf(schema.ArticleName))
	displayName := graph.ToKey(s.QS.ValueOf(schema.Name))
	namesGraph := graph.ToKey(s.QS.ValueOf(quad.IRI(schema.NamesGraph)))
	it := s.QS.QuadIterator(quad.Subject, ref)
	defer it.Close()
	for it.Next(ctx) {
		r := it.Result()
		switch graph.ToKey(s.QS.QuadDirection(r, quad.Predicate)) {
		case articleName:
			if articleName != nil {
				counts[literal(s.QS.NameOf(s.QS.QuadDirection(r, quad.Object)))]++
			}
		case displayName:
			if displayName != nil && namesGraph != nil && graph.ToKey(s.QS.QuadDirection(r, quad.Label)) == namesGraph {
				current = append(current, s.QS.Quad(r))
			}
		}
	}
	return counts, current, it.Err()
}

// Build extracts the articles of opts.Inputs and writes them into the store:
// an article whose content hash is stored already is left as it is (unless
// opts.Force), a changed one has its quads replaced, a new one is added.
// Articles are extracted concurrently and written in input order, each in
// one transaction with the display names and owl:sameAs links it changes
// (on bolt, those are written at the end: see namesWithArticles). At its
// end the links of the whole graph are brought in line with its names and
// aliases, whatever the build changed. Files
// that cannot be read or extracted are reported in the BuildReport and the
// others are built; the error is for failures of the build itself
// (including cancellation).
func (s *Store) Build(ctx context.Context, opts BuildOptions) (*BuildReport, error) {
	start := time.Now()
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	rep := &BuildReport{}
	files, probs := FindArticles(opts.Inputs)
	rep.Errors = append(rep.Errors, probs...)
	rep.Failed += len(probs)
	rep.Files = len(files)

	stored, err := s.StoredHashes(ctx)
	if err != nil {
		return rep, err
	}
	links, err := s.readLinkState(ctx)
	if err != nil {
		return rep, err
	}

	// Article ids must be unique across the inputs.
	ids := map[string]string{}
	var jobs []ArticleFile
	for _, f := range files {
		if prev, ok := ids[f.ID]; ok {
			rep.Errors = append(rep.Errors, Problem{f.Path, fmt.Errorf("duplicate article id %q (also %s)", f.ID, prev)})
			rep.Failed++
			continue
		}
		ids[f.ID] = f.Path
		jobs = append(jobs, f)
	}

	outs := make([]chan outcome, len(jobs))
	for i := range outs {
		outs[i] = make(chan outcome, 1)
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				outs[i] <- s.extractOne(ctx, jobs[i], stored, opts)
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range jobs {
			select {
			case next <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer func() { cancel(); wg.Wait() }() // stop the workers on any return

	touched := map[quad.Value]bool{} // actors whose display names may change
	for i, job := range jobs {
		path := job.Path
		var o outcome
		select {
		case o = <-outs[i]:
		case <-ctx.Done():
			return rep, ctx.Err()
		}
		for _, w := range o.warnings {
			rep.Warnings = append(rep.Warnings, Problem{path, errors.New(w)})
			log.Warn("article read with a warning", "path", path, "warning", w)
		}
		switch {
		case o.err != nil:
			if ctx.Err() != nil {
				return rep, ctx.Err()
			}
			rep.Errors = append(rep.Errors, Problem{path, o.err})
			rep.Failed++
			log.Error("article not built", "path", path, "err", o.err)
		case o.skip:
			rep.Unchanged++
			log.Debug("article unchanged", "path", path)
		default:
			added, removed, err := s.replaceArticle(ctx, o.res, touched, links)
			if err != nil {
				return rep, stopped(ctx, err)
			}
			if _, ok := stored[o.res.Article.ID]; ok {
				rep.Updated++
			} else {
				rep.Added++
			}
			rep.QuadsAdded += added
			rep.QuadsRemoved += removed
			rep.Sentences += len(o.res.Sentences)
			rep.Entities += len(o.res.Entities)
			rep.Facts += len(o.res.Facts)
			rep.Quotes += len(o.res.Quotes)
			rep.Roles += len(o.res.Roles)
			log.Debug("article built", "path", path, "added", added, "removed", removed)
		}
		if opts.Progress != nil {
			opts.Progress(i+1, len(jobs))
		}
	}
	added, removed, err := s.UpdateDisplayNames(ctx, touched)
	if err != nil {
		return rep, stopped(ctx, err)
	}
	rep.QuadsAdded += added
	rep.QuadsRemoved += removed
	if added, removed, err = s.writeLinks(ctx, links); err != nil {
		return rep, stopped(ctx, err)
	}
	rep.QuadsAdded += added
	rep.QuadsRemoved += removed
	rep.Quads, err = s.QuadCount(ctx)
	rep.Duration = time.Since(start)
	return rep, err
}

// stopped is the error of a build that failed with err: the context's
// error if it was cancelled meanwhile (the SQL backends' reads fail with
// errors of their own when their context is cancelled).
func stopped(ctx context.Context, err error) error {
	if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("%w (%v)", cerr, err)
	}
	return err
}

// outcome is what reading and extracting one file gave.
type outcome struct {
	res      *extract.Result
	skip     bool // unchanged since the last build
	warnings []string
	err      error
}

func (s *Store) extractOne(ctx context.Context, f ArticleFile, stored map[string]string, opts BuildOptions) (o outcome) {
	defer func() {
		if r := recover(); r != nil {
			o.err = fmt.Errorf("extractor panicked: %v", r)
		}
	}()
	a, warnings, err := extract.ReadArticle(f.Path, opts.MaxBytes)
	o.warnings = warnings
	if err != nil {
		o.err = err
		return o
	}
	a.ID = f.ID
	if h, ok := stored[a.ID]; ok && h == a.Hash && !opts.Force {
		o.skip = true
		return o
	}
	if opts.Extractor == nil {
		o.err = errors.New("no extractor")
		return o
	}
	res, err := opts.Extractor.Extract(ctx, a)
	if err != nil {
		o.err = fmt.Errorf("extract: %w", err)
		return o
	}
	if res == nil {
		res = &extract.Result{}
	}
	res.Article = a
	o.res = res
	return o
}

// BuildAt builds into the store at backend/path, creating it if needed.
// For bolt the build is atomic: it writes a copy of the store file in the
// store's folder and renames it over the old one only when the build has
// succeeded, so a failed, interrupted or killed build leaves the previous
// graph as it was. Other persistent backends are written in place, one
// transaction per article (with the display names it changes): a build that
// stops leaves each article either as it was or as new. Only one build may
// run on a store at a time (on CockroachDB, which has no advisory locks,
// that is not checked).
func BuildAt(ctx context.Context, backend, path string, opts BuildOptions) (*BuildReport, error) {
	if IsSQL(backend) {
		return buildSQL(ctx, backend, path, opts)
	}
	if backend != "bolt" {
		st, err := OpenOrCreate(backend, path, nil)
		if err != nil {
			return nil, err
		}
		rep, err := st.Build(ctx, opts)
		if cerr := st.Close(); err == nil {
			err = cerr
		}
		return rep, err
	}

	if err := os.MkdirAll(path, 0o755); err != nil {
		return nil, err
	}
	unlock, err := lockDir(path)
	if err != nil {
		return nil, err
	}
	defer unlock()
	// Leftovers of builds that were killed.
	if old, _ := filepath.Glob(filepath.Join(path, ".build-*")); len(old) > 0 {
		for _, d := range old {
			os.RemoveAll(d)
		}
	}
	tmp, err := os.MkdirTemp(path, ".build-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	if err := copyFile(boltFile(path), boltFile(tmp)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("copy the store: %w", err)
	}
	st, err := OpenOrCreate("bolt", tmp, graph.Options{"nosync": true})
	if err != nil {
		return nil, err
	}
	rep, err := st.Build(ctx, opts)
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return rep, err
	}
	if err := syncFile(boltFile(tmp)); err != nil {
		return rep, err
	}
	if err := os.Rename(boltFile(tmp), boltFile(path)); err != nil {
		return rep, err
	}
	return rep, syncFile(path)
}

// lockDir takes an exclusive lock on dir/.build.lock, failing at once if
// another build holds it.
func lockDir(dir string) (func(), error) {
	f, err := os.OpenFile(filepath.Join(dir, ".build.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, fmt.Errorf("another build is writing %s: %w", dir, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// syncFile flushes a file or folder to disk.
func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// buildSQL builds into a SQL database, holding the build lock.
func buildSQL(ctx context.Context, backend, path string, opts BuildOptions) (*BuildReport, error) {
	d, err := openSQL(ctx, backend, path)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	unlock, err := d.lockBuild(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Redact(path), err)
	}
	defer unlock()
	st, err := OpenOrCreate(backend, path, nil)
	if err != nil {
		return nil, err
	}
	rep, err := st.Build(ctx, opts)
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	return rep, err
}
