package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"newsgraph/graph"
)

func newQueryCmd(o *options) *cobra.Command {
	var (
		limit   int
		timeout time.Duration
	)
	cmd := &cobra.Command{
		Use:   "query [GIZMO]",
		Short: "Run a Gizmo query (the argument, or standard input) and print its results as JSON",
		Long: `query runs a Gizmo query against the graph and prints the results as a JSON
array. Without an argument (or with "-") the query is read from standard
input. Short IRIs work through g.IRI("ng:met"), g.IRI("schema:name").

  newsgraph query 'g.V().Has(g.IRI("schema:name"), "NATO").In(g.IRI("ng:met")).Out(g.IRI("schema:name")).Unique().All()'`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var text string
			if len(args) == 1 && args[0] != "-" {
				text = args[0]
			} else {
				b, err := io.ReadAll(cmd.InOrStdin())
				if err != nil {
					return err
				}
				text = string(b)
			}
			if strings.TrimSpace(text) == "" {
				return errors.New("no query given")
			}
			st, err := o.open()
			if err != nil {
				return err
			}
			defer st.Close()
			res, err := graph.Query(cmd.Context(), st.QS, text, limit, timeout)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(res)
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 0, "at most this many results (0: no limit)")
	cmd.Flags().DurationVar(&timeout, "timeout", graph.DefaultQueryTimeout, "stop the query after this long")
	return cmd
}

func newStatsCmd(o *options) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count the graph's nodes by type and edges by predicate",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			sn, err := o.snapshot(cmd.Context())
			if err != nil {
				return err
			}
			s := sn.Stats()
			w := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(s)
			}
			fmt.Fprintf(w, "quads     %d\nnodes     %d\narticles  %d\n\nnodes by type\n", s.Quads, s.Nodes, s.Articles)
			printCounts(w, s.NodesByType)
			fmt.Fprintf(w, "\nedges by predicate\n")
			printCounts(w, s.ByPredicate)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// printCounts prints a table of counts, largest first.
func printCounts(w io.Writer, m map[string]int) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortByCount(keys, m)
	for _, k := range keys {
		fmt.Fprintf(w, "  %-24s %7d\n", k, m[k])
	}
}
