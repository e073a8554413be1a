// Package testtools holds helpers shared by newsgraph's tests: checking
// N-Quads with the external parsers that `make test-tools` installs.
package testtools

import (
	"bytes"
	_ "embed"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

//go:embed n3check.js
var n3check []byte

// RepoRoot is the root of the newsgraph module.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(filepath.Dir(file)))
}

// Shared is the project's shared/ folder (beside the module, or
// $NEWSGRAPH_SHARED).
func Shared() string {
	if s := os.Getenv("NEWSGRAPH_SHARED"); s != "" {
		return s
	}
	return filepath.Join(RepoRoot(), "..", "shared")
}

// strict reports whether missing tools fail the tests: under `make test`
// (which sets NEWSGRAPH_TOOLS) and in CI.
func strict() bool { return os.Getenv("NEWSGRAPH_TOOLS") != "" || os.Getenv("CI") != "" }

// NeedNQuadsTools checks that rapper, node and N3.js are there and returns
// N3.js' folder. Without them the test fails under `make test` and in CI
// (which install them) and is skipped otherwise.
func NeedNQuadsTools(t testing.TB) (n3 string) {
	t.Helper()
	missing := func(what string) {
		if strict() {
			t.Fatalf("%s is missing: `make test-tools` installs it", what)
		}
		t.Skipf("%s is missing: run `make test` (it installs it)", what)
	}
	if _, err := exec.LookPath("rapper"); err != nil {
		missing("rapper (raptor2-utils)")
	}
	if _, err := exec.LookPath("node"); err != nil {
		missing("node")
	}
	tools := os.Getenv("NEWSGRAPH_TOOLS")
	if tools == "" {
		tools = filepath.Join(RepoRoot(), ".tools")
	}
	n3 = filepath.Join(tools, "node_modules", "n3")
	if _, err := os.Stat(filepath.Join(n3, "package.json")); err != nil {
		missing("N3.js (npm n3)")
	}
	return n3
}

// CheckNQuads parses an N-Quads file with rapper and with N3.js, failing
// the test on any error or warning or if they disagree, and returns the
// number of quads.
func CheckNQuads(t testing.TB, n3, file string) int {
	t.Helper()
	out, err := exec.Command("rapper", "-i", "nquads", "-c", file).CombinedOutput()
	if err != nil || bytes.Contains(out, []byte("Error")) || bytes.Contains(out, []byte("Warning")) {
		t.Fatalf("rapper: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`returned (\d+) (triples|statements|quads)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("rapper said: %s", out)
	}
	nr, _ := strconv.Atoi(string(m[1]))
	script := filepath.Join(t.TempDir(), "n3check.js")
	if err := os.WriteFile(script, n3check, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = exec.Command("node", script, n3, file).CombinedOutput()
	if err != nil {
		t.Fatalf("N3.js: %v\n%s", err, out)
	}
	nn, _ := strconv.Atoi(strings.TrimSpace(string(out)))
	if nn != nr {
		t.Fatalf("rapper read %d quads, N3.js %d", nr, nn)
	}
	return nr
}
