// Command newsgraph builds a knowledge graph of who met, criticised or
// quoted whom from news articles, and queries, serves and exports it. The
// graph is a Cayley quad store; see README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"newsgraph/graph"
)

// exitError carries an exit status without printing anything more.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// options are the global flags.
type options struct {
	backend string
	path    string
	verbose bool
	quiet   bool
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRootCmd().ExecuteContext(ctx)
	stop()
	var ee exitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		os.Exit(ee.code)
	default:
		fmt.Fprintln(os.Stderr, "newsgraph:", err)
		os.Exit(1)
	}
}

func newRootCmd() *cobra.Command {
	o := &options{}
	root := &cobra.Command{
		Use:   "newsgraph",
		Short: "A knowledge graph of the actors in news articles, on Cayley",
		Long: `newsgraph reads news articles, extracts who met, criticised, warned or quoted
whom, with the sentence each fact was read from, and keeps it in a Cayley
graph that Gizmo queries, the Cayley web UI and the exports read.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			level := slog.LevelInfo
			if o.verbose {
				level = slog.LevelDebug
			} else if o.quiet {
				level = slog.LevelWarn
			}
			slog.SetDefault(slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: level})))
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&o.backend, "db", graph.DefaultBackend, "database backend (bolt, postgres, cockroach)")
	pf.StringVar(&o.path, "dbpath", graph.DefaultPath, "path or address of the database")
	pf.BoolVarP(&o.verbose, "verbose", "v", false, "log debug messages")
	pf.BoolVarP(&o.quiet, "quiet", "q", false, "log only warnings and errors")
	root.AddCommand(
		newBuildCmd(o),
		newQueryCmd(o),
		newServeCmd(o),
		newExportCmd(o),
		newStatsCmd(o),
		newPathCmd(o),
		newProfileCmd(o),
		newNLPCmd(),
	)
	return root
}

// open opens the graph for reading.
func (o *options) open() (*graph.Store, error) {
	return graph.Open(o.backend, o.path, nil)
}

// snapshot reads the whole graph.
func (o *options) snapshot(ctx context.Context) (*graph.Snapshot, error) {
	st, err := o.open()
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return st.ReadSnapshot(ctx)
}
