package graph

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBuildAndTSV(t *testing.T) {
	st, rep := buildFixtures(t)
	if rep.Added != 3 || rep.Failed != 0 {
		t.Fatalf("report %+v", rep)
	}
	var buf bytes.Buffer
	if err := st.Export(context.Background(), "tsv", &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	t.Log("\n" + out)
	for _, want := range []string{
		"Ada Quill\ttype\tPerson\ta1\tMinister Ada Quill of Dunmore met Bram Okafor in Fenwick.\n",
		"Ada Quill\talias\tQuill\ta1\t",
		"Ada Quill\tmet\tBram Okafor\ta1\tMinister Ada Quill of Dunmore met Bram Okafor in Fenwick.\n",
		"Ada Quill\tsaid\tthe talks went well, très bien\ta1\tQuill said “the talks went well, très bien” after the meeting.\n",
		"Ada Quill\trole\tMinister\ta1\t",
		"Ada Quill\taffiliated_with\tDunmore\ta1\t",
		"Bram Okafor\tcriticized\tCleo Marsh\ta2\t",
		"Dunmore\ttype\tCountry\ta1\t",
		"Fenwick\ttype\tPlace\ta1\t",
		"Eastfold Council\ttype\tOrganization\ta2\t",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("tsv lacks %q", want)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if n := len(strings.Split(line, "\t")); n != 5 {
			t.Errorf("%d fields: %q", n, line)
		}
	}
}
