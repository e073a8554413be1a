package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"newsgraph/graph"
)

func sortByCount(keys []string, m map[string]int) {
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
}

func newPathCmd(o *options) *cobra.Command {
	var depth int
	cmd := &cobra.Command{
		Use:   "path A B",
		Short: "The shortest chain of relations between two actors, with the evidence sentences",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := o.open()
			if err != nil {
				return err
			}
			defer st.Close()
			steps, err := st.ShortestPath(cmd.Context(), args[0], args[1], depth)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if steps == nil {
				return fmt.Errorf("no connection between %q and %q within %d steps", args[0], args[1], depth)
			}
			if sameActor(steps) {
				fmt.Fprintf(w, "%q and %q are the same actor\n", args[0], args[1])
			}
			for i, s := range steps {
				if s.Relation == graph.SameAsRelation {
					fmt.Fprintf(w, "%d. %s = %s  (owl:sameAs: the same actor)\n", i+1, s.FromName, s.ToName)
					continue
				}
				arrow := fmt.Sprintf("–%s→", s.Relation)
				if s.Reversed {
					arrow = fmt.Sprintf("←%s–", s.Relation)
				}
				fmt.Fprintf(w, "%d. %s %s %s\n", i+1, s.FromName, arrow, s.ToName)
				printEvidence(w, s.Evidence)
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&depth, "max-depth", 6, "longest chain to look for")
	return cmd
}

// sameActor reports whether a path joins two nodes of one actor: it has no
// steps, or only owl:sameAs ones.
func sameActor(steps []graph.Step) bool {
	for _, s := range steps {
		if s.Relation != graph.SameAsRelation {
			return false
		}
	}
	return true
}

func printEvidence(w io.Writer, evs []graph.Evidence) {
	for _, e := range evs {
		fmt.Fprintf(w, "     [%s] %s\n", e.Article, oneLine(e.Sentence))
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func newProfileCmd(o *options) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "profile NAME",
		Short: "What the graph says about an actor: types, names, roles, quotes, relations with evidence",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := o.open()
			if err != nil {
				return err
			}
			defer st.Close()
			ctx := cmd.Context()
			nodes, err := st.FindActors(ctx, args[0])
			if err != nil {
				return err
			}
			if len(nodes) == 0 {
				return fmt.Errorf("no actor named %q", args[0])
			}
			w := cmd.OutOrStdout()
			// One profile per actor: nodes linked by owl:sameAs are one.
			done := map[quad.Value]bool{}
			i := -1
			for _, n := range nodes {
				if done[n] {
					continue
				}
				i++
				p, err := st.Profile(ctx, n)
				if err != nil {
					return err
				}
				done[p.Node] = true
				for _, m := range p.SameAs {
					done[m] = true
				}
				if asJSON {
					enc := json.NewEncoder(w)
					enc.SetIndent("", "  ")
					enc.SetEscapeHTML(false)
					if err := enc.Encode(p); err != nil {
						return err
					}
					continue
				}
				if i > 0 {
					fmt.Fprintln(w)
				}
				fmt.Fprintf(w, "%s  (%s)\n", p.Name, strings.Join(p.Types, ", "))
				fmt.Fprintf(w, "  node      %s\n", p.Node)
				for _, m := range p.SameAs {
					fmt.Fprintf(w, "  same as   %s\n", m)
				}
				fmt.Fprintf(w, "  names     %s\n", strings.Join(p.Names, "; "))
				fmt.Fprintf(w, "  articles  %s\n", strings.Join(p.Articles, " "))
				if len(p.Roles) > 0 {
					fmt.Fprintln(w, "  roles")
					for _, g := range groupRoles(p.Roles) {
						in := ""
						if g.heldIn != "" {
							in = " (" + g.heldIn + ")"
						}
						fmt.Fprintf(w, "    %s%s  [%s]\n", g.title, in, articleList(g.articles, maxListed))
					}
				}
				if len(p.Quotes) > 0 {
					fmt.Fprintln(w, "  quotes")
					for _, q := range p.Quotes {
						fmt.Fprintf(w, "    “%s”  [%s]\n", oneLine(q.Text), q.Article)
					}
				}
				if len(p.Relations) > 0 {
					fmt.Fprintln(w, "  relations")
					for _, r := range p.Relations {
						fmt.Fprintf(w, "    %s –%s→ %s\n", r.Subject, r.Relation, r.Object)
						for _, e := range r.Evidence {
							fmt.Fprintf(w, "        [%s] %s\n", e.Article, oneLine(e.Sentence))
						}
					}
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// maxListed is the number of articles the text profile lists for one role
// before it counts the rest.
const maxListed = 6

// roleGroup is one role of a text profile: a title and organisation, with
// every article that gives it.
type roleGroup struct {
	title, heldIn string
	articles      []string
}

// groupRoles gathers the roles that differ only in the case of their title
// and organisation ("prime minister", "Prime Minister"), so that an actor
// named in many articles shows each role once. A group is shown with its
// most frequent spelling; groups come by number of articles, then title.
func groupRoles(roles []graph.ProfileRole) []roleGroup {
	type group struct {
		roleGroup
		spellings map[[2]string]int
		seen      map[string]bool
	}
	var order []string
	groups := map[string]*group{}
	for _, r := range roles {
		k := strings.ToLower(r.Title) + "\x00" + strings.ToLower(r.HeldIn)
		g := groups[k]
		if g == nil {
			g = &group{spellings: map[[2]string]int{}, seen: map[string]bool{}}
			groups[k] = g
			order = append(order, k)
		}
		g.spellings[[2]string{r.Title, r.HeldIn}]++
		if !g.seen[r.Article] {
			g.seen[r.Article] = true
			g.articles = append(g.articles, r.Article)
		}
	}
	out := make([]roleGroup, 0, len(order))
	for _, k := range order {
		g := groups[k]
		best, n := [2]string{}, 0
		for sp, c := range g.spellings {
			if c > n || c == n && (sp[0] < best[0] || sp[0] == best[0] && sp[1] < best[1]) {
				best, n = sp, c
			}
		}
		g.title, g.heldIn = best[0], best[1]
		out = append(out, g.roleGroup)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].articles) != len(out[j].articles) {
			return len(out[i].articles) > len(out[j].articles)
		}
		return strings.ToLower(out[i].title) < strings.ToLower(out[j].title)
	})
	return out
}

// articleList joins at most max article ids, then counts the others.
func articleList(ids []string, max int) string {
	if len(ids) <= max {
		return strings.Join(ids, " ")
	}
	return fmt.Sprintf("%s … %d more", strings.Join(ids[:max], " "), len(ids)-max)
}
