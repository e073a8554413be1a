package main

import (
	"reflect"
	"testing"

	"newsgraph/graph"
)

func TestGroupRoles(t *testing.T) {
	role := func(title, in, article string) graph.ProfileRole {
		return graph.ProfileRole{Title: title, HeldIn: in, Article: article}
	}
	tests := []struct {
		name  string
		roles []graph.ProfileRole
		want  []roleGroup
	}{
		{"case variants are one role, shown as most articles spell it", []graph.ProfileRole{
			role("Prime Minister", "Freedonia", "a1"),
			role("prime minister", "Freedonia", "a2"),
			role("prime minister", "Freedonia", "a3"),
			role("Prime Minister", "freedonia", "a3"), // one article once
		}, []roleGroup{{"prime minister", "Freedonia", []string{"a1", "a2", "a3"}}}},
		{"another organisation is another role; most articles first", []graph.ProfileRole{
			role("mayor", "", "b1"),
			role("leader", "Green Party", "b1"),
			role("leader", "Green Party", "b2"),
			role("leader", "", "b3"),
		}, []roleGroup{
			{"leader", "Green Party", []string{"b1", "b2"}},
			{"leader", "", []string{"b3"}},
			{"mayor", "", []string{"b1"}},
		}},
		{"none", nil, []roleGroup{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groupRoles(tt.roles); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("groupRoles = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestArticleList(t *testing.T) {
	ids := []string{"a", "b", "c", "d"}
	for _, tt := range []struct {
		max  int
		want string
	}{
		{4, "a b c d"},
		{6, "a b c d"},
		{2, "a b … 2 more"},
	} {
		if got := articleList(ids, tt.max); got != tt.want {
			t.Errorf("articleList(%d) = %q, want %q", tt.max, got, tt.want)
		}
	}
}
