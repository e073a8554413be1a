package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"newsgraph/extract"
	"newsgraph/graph"
)

func newBuildCmd(o *options) *cobra.Command {
	var (
		maxSize string
		workers int
		force   bool
	)
	cmd := &cobra.Command{
		Use:   "build [PATH...]",
		Short: "Extract the facts of articles (.txt files or folders of them) into the graph",
		Long: `build reads the .txt articles in the given files and folders (recursively;
default seeds/), extracts their facts and writes them into the graph. An
article's id is its file's path under the folder given, without extension
("politics/001" for bbc/politics/001.txt when bbc is given), or the file
name without extension for a file given by itself. Articles already in the
graph with the same content are left as they are (unless --force), changed
ones have their facts replaced, new ones are added. Files that cannot be
read are named with the reason and make the exit status 1; the others are
built. A build that fails or is interrupted leaves the previous graph as it
was (bolt), or each article either as it was or as new (PostgreSQL,
CockroachDB: one transaction per article).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"seeds"}
			}
			limit, err := parseSize(maxSize)
			if err != nil {
				return fmt.Errorf("--max-size: %w", err)
			}
			x, err := withGCPaused(extract.New)
			if err != nil {
				return err
			}
			opts := graph.BuildOptions{
				Inputs: args, Extractor: x, MaxBytes: limit, Workers: workers, Force: force,
				Logger: slog.Default(),
			}
			if term.IsTerminal(int(os.Stderr.Fd())) {
				var bar *progressbar.ProgressBar
				opts.Progress = func(done, total int) {
					if bar == nil {
						if total < 20 {
							return
						}
						bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(os.Stderr),
							progressbar.OptionSetDescription("building"), progressbar.OptionShowCount(),
							progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100_000_000))
					}
					bar.Set(done)
				}
			}
			rep, err := graph.BuildAt(cmd.Context(), o.backend, o.path, opts)
			if rep != nil {
				for _, p := range rep.Errors {
					fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: %s\n", p)
				}
			}
			state := "the graph is as it was"
			if graph.IsSQL(o.backend) {
				state = "the articles written so far are in the graph, the others as they were"
			}
			if errors.Is(err, context.Canceled) {
				return fmt.Errorf("build interrupted: %s", state)
			} else if err != nil {
				return fmt.Errorf("build failed, %s: %w", state, err)
			}
			printReport(cmd, rep)
			if rep.Failed > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: %d inputs failed\n", rep.Failed)
				return exitError{1}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&maxSize, "max-size", "10MB", "reject articles larger than this")
	cmd.Flags().IntVar(&workers, "workers", 0, "concurrent extractions (default: the number of CPUs)")
	cmd.Flags().BoolVar(&force, "force", false, "re-extract articles whose content has not changed")
	return cmd
}

func printReport(cmd *cobra.Command, r *graph.BuildReport) {
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "articles   %d (%d new, %d changed, %d unchanged, %d failed)\n",
		r.Articles(), r.Added, r.Updated, r.Unchanged, r.Failed)
	fmt.Fprintf(w, "sentences  %d\n", r.Sentences)
	fmt.Fprintf(w, "entities   %d\n", r.Entities)
	fmt.Fprintf(w, "facts      %d (%d relations, %d quotes, %d roles)\n", r.Facts+r.Quotes+r.Roles, r.Facts, r.Quotes, r.Roles)
	fmt.Fprintf(w, "quads      %d (%d added, %d removed)\n", r.Quads, r.QuadsAdded, r.QuadsRemoved)
	fmt.Fprintf(w, "seconds    %.2f\n", r.Duration.Seconds())
}

// parseSize reads a size such as 10MB, 512KiB or 1000000.
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(strings.ToUpper(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("not a size: %q", s)
	}
	return int64(n * float64(mult)), nil
}
