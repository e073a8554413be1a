package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"newsgraph/graph"
)

func newExportCmd(o *options) *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole graph as N-Quads, the flat TSV, JSON-LD, GraphML or Graphviz dot",
		Long: `export writes the graph in one format:

  nquads   W3C N-Quads (the label of each quad is its article)
  tsv      the flat export scored against the gold annotations:
           subject, predicate, object, article id, evidence sentence
  jsonld   JSON-LD
  graphml  GraphML
  dot      Graphviz dot

With --out the file is written whole or not at all.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			sn, err := o.snapshot(cmd.Context())
			if err != nil {
				return err
			}
			write := func(w io.Writer) error { return sn.Export(format, w) }
			if out == "" || out == "-" {
				return write(cmd.OutOrStdout())
			}
			return graph.WriteFileAtomic(out, write)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "nquads", fmt.Sprintf("format: %s", strings.Join(graph.ExportFormats, "|")))
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to this file instead of standard output")
	return cmd
}
