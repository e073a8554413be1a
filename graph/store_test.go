package graph

import (
	"reflect"
	"testing"

	"github.com/cayleygraph/cayley/graph"
)

func TestKVOptions(t *testing.T) {
	tests := []struct {
		backend string
		in      graph.Options
		want    graph.Options
	}{
		{"bolt", nil, graph.Options{"no_bloom": true}},
		{"bolt", graph.Options{"nosync": true}, graph.Options{"nosync": true, "no_bloom": true}},
		{"bolt", graph.Options{"no_bloom": false}, graph.Options{"no_bloom": false}},
		{"postgres", graph.Options{"nosync": true}, graph.Options{"nosync": true}},
		{"memstore", nil, nil},
	}
	for _, tt := range tests {
		in := graph.Options{}
		for k, v := range tt.in {
			in[k] = v
		}
		if tt.in == nil {
			in = nil
		}
		if got := kvOptions(tt.backend, in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("kvOptions(%q, %v) = %v, want %v", tt.backend, tt.in, got, tt.want)
		}
		if !reflect.DeepEqual(in, tt.in) {
			t.Errorf("kvOptions(%q) changed its argument to %v", tt.backend, in)
		}
	}
}
