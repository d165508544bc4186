// This file keeps the decoding of the last long str looked at, for
// indexing and slicing (ops_seq.go) and re's matcher (mod_sre.go).

package pyvm

// strCache keeps what the last long string looked at was: all ASCII,
// or its code points. Indexing or slicing a str (and re's matcher, which
// finditer, sub and split call again and again with one string) would
// otherwise decode the whole string each time: a loop over s[i], or the
// groups of each match in a long text, would cost its length squared.
type strCache struct {
	s     string
	ascii bool
	rs    []rune
}

// strCacheMin is the length below which a string is decoded each time.
const strCacheMin = 64

// hit compares s with the cached string: the same string (the usual
// case) compares without reading its bytes, an equal one has the same
// answer.
func (c *strCache) hit(s string) bool {
	return len(c.s) == len(s) && c.s == s
}

func (c *strCache) fill(s string) {
	c.s, c.ascii, c.rs = s, isASCII(s), nil
}

// strASCII reports whether s has only ASCII characters (one byte each).
func (in *Interp) strASCII(s string) bool {
	if len(s) < strCacheMin {
		return isASCII(s)
	}
	if in.strCache == nil {
		in.strCache = &strCache{}
	}
	if c := in.strCache; !c.hit(s) {
		c.fill(s)
	}
	return in.strCache.ascii
}

// strRunes is s's code points.
func (in *Interp) strRunes(s string) []rune {
	if len(s) < strCacheMin {
		return []rune(s)
	}
	if in.strCache == nil {
		in.strCache = &strCache{}
	}
	c := in.strCache
	if !c.hit(s) {
		c.fill(s)
	}
	if c.rs == nil {
		c.rs = []rune(s)
	}
	return c.rs
}
