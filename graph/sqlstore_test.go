package graph

import "testing"

func TestRedact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"data/newsgraph.db", "data/newsgraph.db"},
		{"postgres://ng@127.0.0.1:5432/ng?sslmode=disable", "postgres://ng@127.0.0.1:5432/ng?sslmode=disable"},
		{"postgres://ng:s3cret@127.0.0.1:5432/ng?sslmode=disable", "postgres://ng:xxxxx@127.0.0.1:5432/ng?sslmode=disable"},
		{"postgresql://ng@db/ng?password=s3cret&sslmode=disable", "postgresql://ng@db/ng?password=xxxxx&sslmode=disable"},
		{"host=db user=ng password=s3cret dbname=ng", "host=db user=ng password=xxxxx dbname=ng"},
		{"host=db password='s3 cret' dbname=ng", "host=db password=xxxxx dbname=ng"},
		{"Couldn't open database at postgres://ng:s3cret@db/ng: refused", "Couldn't open database at postgres://ng:xxxxx@db/ng: refused"},
	} {
		if got := Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
