package main

import (
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/spf13/cobra"

	"newsgraph/graph"
)

func newServeCmd(o *options) *cobra.Command {
	var (
		addr     string
		writable bool
		timeout  time.Duration
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the Cayley web UI and HTTP API (v1 and v2) over the graph",
		Long: `serve serves Cayley's web UI (query, query shape, visualize) and its HTTP API,
v1 (POST /api/v1/query/gizmo, which the UI uses) and v2, over the built
graph. It listens on loopback by default, answers only requests whose Host
is the listening address or a loopback name, sends no CORS headers and
refuses cross-origin requests, and refuses writes unless --writable.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := o.open()
			if err != nil {
				return err
			}
			defer st.Close()
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			url := "http://" + displayAddr(ln.Addr().String())
			w := cmd.OutOrStdout()
			mode := "read-only"
			if writable {
				mode = "writable"
			}
			fmt.Fprintf(w, "newsgraph: serving %s (%s) at %s\n", graph.Redact(o.path), mode, url)
			if ex := graph.Examples(cmd.Context(), st, 3); len(ex) > 0 {
				fmt.Fprintln(w, "\nTry these Gizmo queries on the query page (or POST them to "+url+"/api/v1/query/gizmo):")
				for _, q := range ex {
					fmt.Fprintf(w, "\n  %s\n", q)
				}
				fmt.Fprintln(w)
			}
			return graph.Serve(cmd.Context(), st, ln, graph.ServerConfig{
				Addr: ln.Addr().String(), Writable: writable, Timeout: timeout, Logger: slog.Default(),
			})
		},
	}
	cmd.Flags().StringVar(&addr, "addr", graph.DefaultAddr, "host:port to listen on")
	cmd.Flags().BoolVar(&writable, "writable", false, "accept writes (API and the UI's write page)")
	cmd.Flags().DurationVar(&timeout, "timeout", graph.DefaultQueryTimeout, "stop each query after this long")
	return cmd
}

// displayAddr is a listening address as a browser would reach it.
func displayAddr(a string) string {
	host, port, err := net.SplitHostPort(a)
	if err != nil {
		return a
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}
