# newsgraph: see README.md.
SHARED  ?= ../shared
BIN     := bin/newsgraph
GO      ?= go
TOOLS   := .tools
EVAL    := out/eval

.PHONY: all build run test test-tools test-postgres eval eval-heldout lint bench clean

all: build

# Not -trimpath: Cayley's web UI reads its templates and static files from
# the module's source tree at run time.
build:
	$(GO) build -o $(BIN) ./cmd/newsgraph

run: build
	./$(BIN) build seeds
	./$(BIN) serve

# The test set-up installs what the N-Quads checks need, only when missing:
# rapper (Debian's raptor2-utils) and N3.js (npm n3, into $(TOOLS)).
test-tools:
	@command -v rapper >/dev/null 2>&1 || { \
		echo "installing raptor2-utils"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq raptor2-utils >/dev/null; }
	@[ -f $(TOOLS)/node_modules/n3/package.json ] || { \
		echo "installing n3 into $(TOOLS)"; mkdir -p $(TOOLS) && \
		npm install --silent --no-audit --no-fund --prefix $(TOOLS) n3@1.17.2 >/dev/null; }

# PostgreSQL for the tests of the postgres backend: Debian's package, only
# when missing (its binaries are in /usr/lib/postgresql/<version>/bin).
test-postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { \
		echo "installing postgresql"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }

# The tests run with a throwaway PostgreSQL server: a cluster in a temporary
# folder (initdb as the postgres user when run as root: postgres refuses
# root), trust authentication, listening on 127.0.0.1 only on a free port,
# and a database owned by the role the tests connect as (NEWSGRAPH_POSTGRES).
# The server is stopped and its folder removed however the tests end.
test: test-tools test-postgres
	@set -e; \
	bin=$$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1); \
	[ -n "$$bin" ] || bin=$$(dirname "$$(command -v initdb)"); \
	tmp=$${TMPDIR:-/tmp}; [ "$$(id -u)" != 0 ] || tmp=/tmp; \
	pgdir=$$(mktemp -d "$$tmp/newsgraph-pg.XXXXXX"); \
	as=; if [ "$$(id -u)" = 0 ]; then chown postgres: "$$pgdir"; as="runuser -u postgres --"; fi; \
	stop() { (cd "$$pgdir" && $$as "$$bin/pg_ctl" -D "$$pgdir/data" -m fast -w stop >/dev/null 2>&1) || true; rm -rf "$$pgdir"; }; \
	trap stop EXIT; trap 'exit 130' INT TERM; \
	cd "$$pgdir"; \
	$$as "$$bin/initdb" -D "$$pgdir/data" -U postgres -A trust -E UTF8 --no-locale --no-sync >"$$pgdir/initdb.log" 2>&1 || { cat "$$pgdir/initdb.log"; exit 1; }; \
	port=; for try in 1 2 3 4 5; do \
		p=$$(( 20000 + $$(od -An -N2 -tu2 /dev/urandom) % 40000 )); \
		if $$as "$$bin/pg_ctl" -D "$$pgdir/data" -l "$$pgdir/server.log" -w -t 60 \
			-o "-p $$p -k $$pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null; then \
			port=$$p; break; fi; \
	done; \
	[ -n "$$port" ] || { echo "PostgreSQL did not start:"; cat "$$pgdir/server.log"; exit 1; }; \
	"$$bin/psql" -X -h 127.0.0.1 -p $$port -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
		-c "CREATE ROLE newsgraph LOGIN" -c "CREATE DATABASE newsgraph OWNER newsgraph" >/dev/null; \
	echo "PostgreSQL $$("$$bin/postgres" -V | awk '{print $$3}') on 127.0.0.1:$$port (in $$pgdir)"; \
	cd "$(CURDIR)"; \
	NEWSGRAPH_POSTGRES="postgres://newsgraph@127.0.0.1:$$port/newsgraph?sslmode=disable" \
	NEWSGRAPH_TOOLS=$(abspath $(TOOLS)) $(GO) test -count=1 ./...

# Builds the seeds, the dev-bbc articles and PolNeAR's dev texts into one
# fresh store and scores the flat export against the gold sets.
eval: build
	@rm -rf $(EVAL) && mkdir -p $(EVAL)
	./$(BIN) -q --dbpath $(EVAL)/db build seeds $(SHARED)/gold/dev-bbc/articles $(SHARED)/data/polnear/data/dev/text
	./$(BIN) --dbpath $(EVAL)/db export --format tsv --out $(EVAL)/all.tsv
	@ls $(SHARED)/data/polnear/data/dev/text | sed 's/\.txt$$//' > $(EVAL)/polnear-ids
	@awk -F'\t' 'FNR==NR { ids[$$0] = 1; next } ($$4 in ids)' $(EVAL)/polnear-ids $(EVAL)/all.tsv > $(EVAL)/polnear.tsv
	@echo "== gold/dev (seeds)"
	python3 $(SHARED)/eval/score.py --gold $(SHARED)/gold/dev --system $(EVAL)/all.tsv
	@echo "== gold/dev-bbc"
	python3 $(SHARED)/eval/score.py --gold $(SHARED)/gold/dev-bbc --system $(EVAL)/all.tsv
	@echo "== PolNeAR dev quotes"
	python3 $(SHARED)/eval/score_polnear.py --split dev --system $(EVAL)/polnear.tsv

# Scores the extractor on the project's own held-out gold
# (testdata/heldout/README.md): articles of ../shared/data/bbc/politics/,
# copied under out/ with the ids the gold files use.
HELDOUT := out/heldout
eval-heldout: build
	@rm -rf $(HELDOUT) && mkdir -p $(HELDOUT)/articles
	@for f in testdata/heldout/*/bbc_politics_*.tsv; do \
		n=$$(basename $$f .tsv); cp $(SHARED)/data/bbc/politics/$${n#bbc_politics_}.txt $(HELDOUT)/articles/$$n.txt; done
	./$(BIN) -q --dbpath $(HELDOUT)/db build $(HELDOUT)/articles
	./$(BIN) --dbpath $(HELDOUT)/db export --format tsv --out $(HELDOUT)/all.tsv
	@echo "== testdata/heldout/tune"
	python3 $(SHARED)/eval/score.py --gold testdata/heldout/tune --system $(HELDOUT)/all.tsv
	@echo "== testdata/heldout/blind"
	python3 $(SHARED)/eval/score.py --gold testdata/heldout/blind --system $(HELDOUT)/all.tsv

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go') 2>/dev/null); \
		if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# The whole "newsgraph nlp parse" process against prose v2 on the first 100
# BBC politics articles (MB/s of each and their ratio; prose is compiled only
# under the build tag "prose"), then the in-process benchmarks of every
# package (tokenizer, tagger, recogniser, parser, model loading).
bench: build
	NEWSGRAPH_BIN=$(abspath $(BIN)) $(GO) test -tags prose -run '^$$' -bench VsProse -benchtime 3x ./extract/nlp
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin out $(TOOLS)
