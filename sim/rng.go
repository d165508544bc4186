// The one seeded pseudo-random generator of a run (TigerBeetle's VOPR habit:
// a run is replayed from its seed, and the generator is passed explicitly).

package sim

// Rand is SplitMix64 (Steele, Lea and Flood, 2014): tiny, fast, and the same
// on every platform, so jitter is identical natively and in WebAssembly.
type Rand struct{ state uint64 }

// NewRand returns a generator seeded with seed.
func NewRand(seed uint64) *Rand { return &Rand{state: seed} }

// Uint64 returns the next value.
func (r *Rand) Uint64() uint64 {
	r.state += 0x9e3779b97f4a7c15
	z := r.state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Between returns a value in [lo, hi] (hi >= lo).
func (r *Rand) Between(lo, hi int64) int64 {
	if hi <= lo {
		return lo
	}
	return lo + int64(r.Uint64()%uint64(hi-lo+1))
}
