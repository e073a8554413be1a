# newsgraph: see README.md.
SHARED  ?= ../shared
BIN     := bin/newsgraph
GO      ?= go
TOOLS   := .tools
EVAL    := out/eval

.PHONY: all build run test test-tools eval lint bench clean

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

test: test-tools
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

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go') 2>/dev/null); \
		if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# A placeholder the benchmarks will fill.
bench:
	$(GO) test -run '^$$' -bench . ./...

clean:
	rm -rf bin out $(TOOLS)
