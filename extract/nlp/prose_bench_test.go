//go:build prose

package nlp

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
)

// BenchmarkVsProse compares the whole "newsgraph nlp parse" process with
// prose v2 (github.com/jdkato/prose/v2, tokenization, segmentation, tagging
// and entity extraction in one prose.NewDocument call) on the same text:
// the first 100 BBC politics articles by name, concatenated. It reports
// both throughputs in MB/s and their ratio, and the time the same process
// takes on empty input (starting and loading the models), which bounds the
// ratio any amount of speed in the analysis itself could reach. The binary is taken from
// $NEWSGRAPH_BIN ("make bench" builds and sets it); without it the
// benchmark is skipped. prose is imported only here, under the build tag
// "prose" (go test -tags prose), so that it stays out of the newsgraph
// binary and out of the plain test build.
func BenchmarkVsProse(b *testing.B) {
	bin := os.Getenv("NEWSGRAPH_BIN")
	if bin == "" {
		b.Skip("set NEWSGRAPH_BIN to a newsgraph binary")
	}
	text := strings.Join(bbcPolitics(b, 100), "")
	mb := float64(len(text)) / 1e6
	run := func(input string) time.Duration {
		cmd := exec.Command(bin, "nlp", "parse")
		cmd.Stdin = strings.NewReader(input)
		cmd.Stdout = io.Discard
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			b.Fatalf("%s nlp parse: %v: %s", bin, err, stderr.Bytes())
		}
		return time.Since(start)
	}
	var ours, empty, theirs time.Duration
	for range b.N {
		ours += run(text)
		empty += run("")

		start := time.Now()
		doc, err := prose.NewDocument(text)
		if err != nil {
			b.Fatal(err)
		}
		theirs += time.Since(start)
		if len(doc.Tokens()) == 0 {
			b.Fatal("prose found no tokens")
		}
	}
	n := float64(b.N)
	oursMBs, proseMBs := mb*n/ours.Seconds(), mb*n/theirs.Seconds()
	b.ReportMetric(oursMBs, "newsgraph-MB/s")
	b.ReportMetric(proseMBs, "prose-MB/s")
	b.ReportMetric(oursMBs/proseMBs, "ratio")
	b.ReportMetric(empty.Seconds()/n, "startup-s")
	b.ReportMetric(theirs.Seconds()/empty.Seconds(), "ratio-bound")
	b.Logf("%.2f MB of text: newsgraph nlp parse %.3f MB/s, prose v2 %.3f MB/s, ratio %.1f×; on empty input newsgraph takes %.3f s, so no analysis speed could give more than %.1f×",
		mb, oursMBs, proseMBs, oursMBs/proseMBs, empty.Seconds()/n, theirs.Seconds()/empty.Seconds())
}
