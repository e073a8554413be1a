package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func queryStrings(t *testing.T, st *Store, q string) []string {
	t.Helper()
	res, err := Query(context.Background(), st.QS, q, 0, 10*time.Second)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	var out []string
	for _, r := range res {
		out = append(out, fmt.Sprint(r))
	}
	return out
}

func TestGizmoOnFixtures(t *testing.T) {
	st, _ := buildFixtures(t)
	got := queryStrings(t, st, `g.V().Has("<http://schema.org/name>", "Ada Quill").Both().Out("<http://schema.org/name>").All()`)
	if !strings.Contains(strings.Join(got, "|"), "Bram Okafor") {
		t.Errorf("neighbours of Ada Quill: %v", got)
	}
	// Short IRIs through the registered namespaces.
	got = queryStrings(t, st, `g.V().Has(g.IRI("schema:name"), "Ada Quill").Out(g.IRI("ng:met")).Out(g.IRI("schema:name")).Unique().All()`)
	if strings.Join(got, "|") != "map[id:Bram Okafor]" {
		t.Errorf("met: %v", got)
	}
	// The evidence of a fact is its sentence.
	got = queryStrings(t, st, `
var ada = g.V().Has(g.IRI("schema:name"), "Ada Quill")
var bram = g.V().Has(g.IRI("schema:name"), "Bram Okafor")
ada.In(g.IRI("ng:subject")).Has(g.IRI("ng:predicate"), g.IRI("ng:met")).And(bram.In(g.IRI("ng:object"))).Out(g.IRI("ng:sentence")).Unique().All()`)
	if len(got) != 1 || !strings.Contains(got[0], "met Bram Okafor in Fenwick") {
		t.Errorf("evidence: %v", got)
	}
	// Quotes and roles.
	got = queryStrings(t, st, `g.V().Has(g.IRI("schema:name"), "Cleo Marsh").Out(g.IRI("ng:said")).Out(g.IRI("ng:text")).Unique().All()`)
	if len(got) != 1 || !strings.Contains(got[0], `nothing "new" here\`) {
		t.Errorf("quotes: %v", got)
	}
	got = queryStrings(t, st, `g.V().Has(g.IRI("schema:name"), "Ada Quill").Out(g.IRI("ng:holds")).Out(g.IRI("ng:title")).Unique().All()`)
	if strings.Join(got, "|") != "map[id:Minister]" {
		t.Errorf("roles: %v", got)
	}
	// Limits.
	res, err := Query(context.Background(), st.QS, `g.V().All()`, 2, 0)
	if err != nil || len(res) != 2 {
		t.Errorf("limit 2: %d results, %v", len(res), err)
	}
}

func TestQueryTimeout(t *testing.T) {
	st, _ := buildFixtures(t)
	start := time.Now()
	_, err := Query(context.Background(), st.QS, `while(true){}`, 0, 300*time.Millisecond)
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want a timeout", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}
