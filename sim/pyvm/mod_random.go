// This file implements the random module: CPython's Mersenne Twister
// (Modules/_randommodule.c: init_genrand, init_by_array, genrand_uint32,
// random_random, random_seed, getrandbits; identical 3.8-3.13) and the
// methods random.py builds on it (random_ via _randbelow_with_getrandbits,
// randrange, randint, choice, shuffle, sample, uniform, choices, gauss,
// expovariate, getstate/setstate), written again here in condensed form.
//
// State lives in the instance's dict as immutable values (the 624 words as
// one Bytes, the index as an Int), so a fork copies it like any other value:
// a Random object of the program's own draws the same numbers in every
// child. The module-level functions use a hidden instance which, as in
// CPython ≥ 3.7 (random.py: os.register_at_fork(after_in_child=_inst.seed)),
// is reseeded from os.urandom in a forked child; the simulator's urandom is
// deterministic per run (Host.Urandom).

package pyvm

import (
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"
)

const (
	mtN = 624
	mtM = 397
)

// Keys of a Random instance's dict.
const (
	rndWords  = "_zl_mt"      // Bytes: 624 little-endian uint32 words
	rndIndex  = "_zl_mti"     // Int: next word to temper
	rndGauss  = "gauss_next"  // None or a float, as random.py's attribute
	rndReseed = "_zl_reseed"  // True: reseed from urandom before next use (forked child)
	rndModule = "_zl_rnd_mod" // marks the module's own instance
)

var randomClass = builtinClass("Random")

// mtState is a working copy of the generator.
type mtState struct {
	mt  [mtN]uint32
	mti int
}

// initGenrand is init_genrand.
func (s *mtState) initGenrand(seed uint32) {
	s.mt[0] = seed
	for i := 1; i < mtN; i++ {
		s.mt[i] = 1812433253*(s.mt[i-1]^(s.mt[i-1]>>30)) + uint32(i)
	}
	s.mti = mtN
}

// initByArray is init_by_array.
func (s *mtState) initByArray(key []uint32) {
	s.initGenrand(19650218)
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		s.mt[i] = (s.mt[i] ^ ((s.mt[i-1] ^ (s.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			s.mt[0] = s.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		s.mt[i] = (s.mt[i] ^ ((s.mt[i-1] ^ (s.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			s.mt[0] = s.mt[mtN-1]
			i = 1
		}
	}
	s.mt[0] = 0x80000000
	s.mti = mtN
}

// twist regenerates the 624 words (the first half of genrand_uint32).
func (s *mtState) twist() {
	mag := [2]uint32{0, 0x9908b0df}
	var kk int
	for ; kk < mtN-mtM; kk++ {
		y := s.mt[kk]&0x80000000 | s.mt[kk+1]&0x7fffffff
		s.mt[kk] = s.mt[kk+mtM] ^ (y >> 1) ^ mag[y&1]
	}
	for ; kk < mtN-1; kk++ {
		y := s.mt[kk]&0x80000000 | s.mt[kk+1]&0x7fffffff
		s.mt[kk] = s.mt[kk+(mtM-mtN)] ^ (y >> 1) ^ mag[y&1]
	}
	y := s.mt[mtN-1]&0x80000000 | s.mt[0]&0x7fffffff
	s.mt[mtN-1] = s.mt[mtM-1] ^ (y >> 1) ^ mag[y&1]
	s.mti = 0
}

func temper(y uint32) uint32 {
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	return y ^ (y >> 18)
}

func (s *mtState) encode() Bytes {
	b := make([]byte, 4*mtN)
	for i, w := range s.mt {
		binary.LittleEndian.PutUint32(b[4*i:], w)
	}
	return Bytes(b)
}

func decodeMT(b Bytes) *mtState {
	s := &mtState{}
	for i := range s.mt {
		s.mt[i] = binary.LittleEndian.Uint32([]byte(b[4*i : 4*i+4]))
	}
	return s
}

// rng is one Random instance seen from Go.
type rng struct {
	in   *Interp
	self *Instance
}

func (r rng) store(s *mtState) {
	r.self.dict.setStr(rndWords, s.encode())
	r.self.dict.setStr(rndIndex, mkInt(int64(s.mti)))
}

// uint32 is genrand_uint32: only a regeneration rewrites the words.
func (r rng) uint32() uint32 {
	if v, ok := r.self.dict.getStr(rndReseed); ok && truth(v) {
		r.self.dict.setStr(rndReseed, falseV)
		r.seedFromURandom()
	}
	wv, _ := r.self.dict.getStr(rndWords)
	words, _ := wv.(Bytes)
	iv, _ := r.self.dict.getStr(rndIndex)
	i, _ := asInt(iv)
	if len(words) != 4*mtN {
		r.seedFromURandom()
		return r.uint32()
	}
	if i >= mtN {
		s := decodeMT(words)
		s.twist()
		words = s.encode()
		r.self.dict.setStr(rndWords, words)
		i = 0
	}
	r.self.dict.setStr(rndIndex, mkInt(i+1))
	return temper(binary.LittleEndian.Uint32([]byte(words[4*i : 4*i+4])))
}

// random is random_random: 53 bits from two words.
func (r rng) random() float64 {
	a, b := r.uint32()>>5, r.uint32()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// getrandbits is random_getrandbits: whole words, least significant first,
// the last one shifted down to the bits asked for.
func (r rng) getrandbits(k int) Value {
	if k <= 32 {
		if k == 0 {
			return mkInt(0)
		}
		return mkInt(int64(r.uint32() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	b := make([]byte, 4*words)
	for i := 0; i < words; i++ {
		w := r.uint32()
		if k < 32 {
			w >>= 32 - k
		}
		binary.BigEndian.PutUint32(b[4*(words-1-i):], w)
		k -= 32
	}
	return normBig(new(big.Int).SetBytes(b))
}

// randbelow is random.py's _randbelow_with_getrandbits for n > 0.
func (r rng) randbelow(n *big.Int) *big.Int {
	k := n.BitLen()
	for {
		v, _ := toBig(r.getrandbits(k))
		if v.Cmp(n) < 0 {
			return new(big.Int).Set(v)
		}
	}
}

func (r rng) randbelowInt(n int) int {
	return int(r.randbelow(big.NewInt(int64(n))).Int64())
}

// seedKey is random_seed for an int: |n| as 32-bit words, least
// significant first (at least one).
func (r rng) seedInt(n *big.Int) {
	n = new(big.Int).Abs(n)
	var key []uint32
	for _, w := range n.Bits() {
		key = append(key, uint32(w))
		if bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	s := &mtState{}
	s.initByArray(key)
	r.store(s)
	r.self.dict.setStr(rndGauss, None)
}

const bitsPerWord = 32 << (^big.Word(0) >> 63)

// seedFromURandom is random_seed_urandom: 624 words from the host.
func (r rng) seedFromURandom() {
	b := r.in.host.Urandom(4 * mtN)
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	s := &mtState{}
	s.initByArray(key)
	r.store(s)
	r.self.dict.setStr(rndGauss, None)
}

// seed is Random.seed(a=None, version=2) of random.py: str and bytes go
// through SHA-512 (version 2), a float through hash(); 3.11 refuses other
// types (3.9 and 3.10 warned and hashed them).
func (r rng) seed(a Value) error {
	// A forked child's pending after-fork reseed happens first (CPython
	// runs it at the fork), so the program's own seed is the one that
	// counts.
	r.uint32IfReseed()
	switch x := a.(type) {
	case NoneType:
		r.seedFromURandom()
		return nil
	case Int, Bool, *BigInt:
		n, _ := toBig(x)
		r.seedInt(n)
		return nil
	case Float:
		r.seedInt(big.NewInt(floatHash(float64(x))))
		return nil
	case Str, Bytes:
		b := []byte(strNoCall(x))
		if bs, ok := x.(Bytes); ok {
			b = []byte(bs)
		}
		d := sha512.Sum512(b)
		r.seedInt(new(big.Int).SetBytes(append(b, d[:]...)))
		return nil
	}
	if r.in.cfg.Version.AtLeast(3, 13) {
		return newTypeError("The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.")
	}
	return newTypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

// floatHash is _Py_HashDouble (Python/pyhash.c) for finite values.
func floatHash(f float64) int64 {
	const bits, mod = 61, uint64(1)<<61 - 1
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & mod) | x>>(bits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= mod {
			x -= mod
		}
	}
	if e >= 0 {
		e %= bits
	} else {
		e = bits - 1 - ((-1 - e) % bits)
	}
	x = ((x << uint(e)) & mod) | x>>(bits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// newRandom makes a Random instance seeded with a.
func newRandom(in *Interp, a Value) (*Instance, error) {
	inst := &Instance{cls: randomClass, dict: newDict()}
	inst.dict.setStr(rndGauss, None)
	return inst, rng{in, inst}.seed(a)
}

func selfRNG(in *Interp, name string, args []Value) (rng, []Value, error) {
	if len(args) > 0 {
		if inst, ok := args[0].(*Instance); ok && isSubclass(inst.cls, randomClass) {
			return rng{in, inst}, args[1:], nil
		}
	}
	return rng{}, nil, newTypeError("descriptor '%s' requires a 'random.Random' object", name)
}

// rmethod registers a method of Random; f gets the instance and the other
// positional arguments (keywords, when allowed, are in kws).
func rmethod(name string, lo, hi int, kwNames []string, f func(r rng, args []Value, kws map[string]Value) (Value, error)) {
	randomClass.dict.setStr(name, &Builtin{name: name, fn: func(in *Interp, args []Value, kw []string) (Value, error) {
		r, rest, err := selfRNG(in, name, args)
		if err != nil {
			return nil, err
		}
		pos, kws, err := splitKw(name, rest, kw, kwNames...)
		if err != nil {
			return nil, err
		}
		if err := checkArgs(name, pos, nil, lo, hi); err != nil {
			return nil, err
		}
		return f(r, pos, kws)
	}})
}

func argInt(v Value) (*big.Int, error) {
	if b, ok := toBig(v); ok {
		return b, nil
	}
	return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(v))
}

func init() {
	randomClass.module = "random"
	randomClass.ctor = func(in *Interp, c *Class, args []Value, kw []string) (Value, error) {
		if err := checkArgs("Random", args, kw, 0, 1); err != nil {
			return nil, err
		}
		a := Value(None)
		if len(args) == 1 {
			a = args[0]
		}
		return newRandom(in, a)
	}
	rmethod("seed", 0, 2, []string{"a", "version"}, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		a := Value(None)
		if len(args) > 0 {
			a = args[0]
		} else if v, ok := kws["a"]; ok {
			a = v
		}
		return None, r.seed(a)
	})
	rmethod("random", 0, 0, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		return Float(r.random()), nil
	})
	rmethod("getrandbits", 1, 1, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		k, ok := asInt(args[0])
		if !ok {
			return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		if k < 0 {
			return nil, newValueError("number of bits must be non-negative")
		}
		if k > maxBigBits {
			return nil, raisef(overflowErrorClass, "getrandbits: the simulator builds ints of at most %d bits", maxBigBits)
		}
		return r.getrandbits(int(k)), nil
	})
	rmethod("randrange", 1, 3, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		return r.randrange(args)
	})
	rmethod("randint", 2, 2, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		b, err := argInt(args[1])
		if err != nil {
			return nil, err
		}
		return r.randrange([]Value{args[0], normBig(new(big.Int).Add(b, big.NewInt(1)))})
	})
	rmethod("choice", 1, 1, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		items, err := r.in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			return nil, raisef(indexErrorClass, "Cannot choose from an empty sequence")
		}
		return items[r.randbelowInt(len(items))], nil
	})
	rmethod("shuffle", 1, 1, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		l, ok := args[0].(*List)
		if !ok {
			return nil, newTypeError("'%s' object does not support item assignment", typeName(args[0]))
		}
		l.own()
		for i := len(l.items) - 1; i >= 1; i-- {
			j := r.randbelowInt(i + 1)
			l.items[i], l.items[j] = l.items[j], l.items[i]
		}
		return None, nil
	})
	rmethod("sample", 2, 2, []string{"k", "counts"}, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		return r.sample(args)
	})
	rmethod("uniform", 2, 2, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		a, ok1 := asFloat(args[0])
		b, ok2 := asFloat(args[1])
		if !ok1 || !ok2 {
			return nil, newTypeError("must be real number")
		}
		return Float(a + (b-a)*r.random()), nil
	})
	rmethod("choices", 1, 2, []string{"weights", "cum_weights", "k"}, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		return r.choices(args, kws)
	})
	rmethod("gauss", 0, 2, []string{"mu", "sigma"}, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		mu, sigma := floatArg(args, kws, 0, "mu", 0), floatArg(args, kws, 1, "sigma", 1)
		return Float(mu + r.gauss()*sigma), nil
	})
	rmethod("expovariate", 0, 1, []string{"lambd"}, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		l := floatArg(args, kws, 0, "lambd", 1)
		return Float(-math.Log(1.0-r.random()) / l), nil
	})
	rmethod("getstate", 0, 0, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		r.uint32IfReseed()
		wv, _ := r.self.dict.getStr(rndWords)
		s := decodeMT(wv.(Bytes))
		iv, _ := r.self.dict.getStr(rndIndex)
		items := make([]Value, mtN+1)
		for i, w := range s.mt {
			items[i] = mkInt(int64(w))
		}
		items[mtN] = iv
		g, _ := r.self.dict.getStr(rndGauss)
		return newTuple([]Value{mkInt(3), newTuple(items), g}), nil
	})
	rmethod("setstate", 1, 1, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		t, ok := args[0].(*Tuple)
		if !ok || len(t.items) != 3 {
			return nil, newValueError("state with version %s passed to Random.setstate() of version 3", reprNoCall(args[0]))
		}
		words, ok := t.items[1].(*Tuple)
		if !ok || len(words.items) != mtN+1 {
			return nil, newValueError("state vector is the wrong size")
		}
		s := &mtState{}
		for i := 0; i < mtN; i++ {
			w, _ := asInt(words.items[i])
			s.mt[i] = uint32(w)
		}
		idx, _ := asInt(words.items[mtN])
		if idx < 0 || idx > mtN {
			return nil, newValueError("invalid state")
		}
		s.mti = int(idx)
		r.store(s)
		r.self.dict.setStr(rndReseed, falseV)
		r.self.dict.setStr(rndGauss, t.items[2])
		return None, nil
	})
}

// uint32IfReseed performs a pending after-fork reseed without drawing.
func (r rng) uint32IfReseed() {
	if v, ok := r.self.dict.getStr(rndReseed); ok && truth(v) {
		r.self.dict.setStr(rndReseed, falseV)
		r.seedFromURandom()
	}
}

func floatArg(args []Value, kws map[string]Value, i int, name string, dflt float64) float64 {
	v := Value(nil)
	if i < len(args) {
		v = args[i]
	} else if k, ok := kws[name]; ok {
		v = k
	}
	if f, ok := asFloat(v); ok {
		return f
	}
	return dflt
}

// gauss is random.py's Random.gauss (the Box-Muller pair, the second value
// kept in gauss_next).
func (r rng) gauss() float64 {
	if g, ok := r.self.dict.getStr(rndGauss); ok {
		if f, ok := g.(Float); ok {
			r.self.dict.setStr(rndGauss, None)
			return float64(f)
		}
	}
	x2pi := r.random() * 2 * math.Pi
	g2rad := math.Sqrt(-2.0 * math.Log(1.0-r.random()))
	r.self.dict.setStr(rndGauss, Float(math.Sin(x2pi)*g2rad))
	return math.Cos(x2pi) * g2rad
}

// randrange is random.py's Random.randrange, with the errors' wording of
// 3.8-3.11 and of 3.12+.
func (r rng) randrange(args []Value) (Value, error) {
	start, err := argInt(args[0])
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		if start.Sign() > 0 {
			return normBig(r.randbelow(start)), nil
		}
		return nil, newValueError("empty range for randrange()")
	}
	stop, err := argInt(args[1])
	if err != nil {
		return nil, err
	}
	width := new(big.Int).Sub(stop, start)
	step := big.NewInt(1)
	if len(args) == 3 {
		if step, err = argInt(args[2]); err != nil {
			return nil, err
		}
	}
	if step.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			return normBig(new(big.Int).Add(start, r.randbelow(width))), nil
		}
		if r.in.cfg.Version.AtLeast(3, 12) {
			return nil, newValueError("empty range in randrange(%s, %s)", start, stop)
		}
		return nil, newValueError("empty range for randrange() (%s, %s, %s)", start, stop, width)
	}
	var n *big.Int
	switch step.Sign() {
	case 1:
		n = new(big.Int).Add(width, step)
		n.Sub(n, big.NewInt(1))
	case -1:
		n = new(big.Int).Add(width, step)
		n.Add(n, big.NewInt(1))
	default:
		return nil, newValueError("zero step for randrange()")
	}
	n = floorDiv(n, step)
	if n.Sign() <= 0 {
		if r.in.cfg.Version.AtLeast(3, 12) {
			return nil, newValueError("empty range in randrange(%s, %s, %s)", start, stop, step)
		}
		return nil, newValueError("empty range for randrange()")
	}
	v := new(big.Int).Mul(step, r.randbelow(n))
	return normBig(v.Add(v, start)), nil
}

func floorDiv(a, b *big.Int) *big.Int {
	q, m := new(big.Int).DivMod(a, b, new(big.Int))
	if m.Sign() != 0 && b.Sign() < 0 {
		// DivMod is Euclidean; Python floors.
		q.Add(q, big.NewInt(1))
	}
	return q
}

// sample is random.py's Random.sample: a partial shuffle of a pool for
// small populations, rejection from a set of indices for large ones.
func (r rng) sample(args []Value) (Value, error) {
	pop, err := r.in.iterate(args[0])
	if err != nil {
		return nil, err
	}
	k64, ok := asInt(args[1])
	if !ok {
		return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[1]))
	}
	n, k := len(pop), int(k64)
	if k < 0 || k > n {
		return nil, newValueError("Sample larger than population or is negative")
	}
	result := make([]Value, k)
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	if n <= setsize {
		pool := append([]Value(nil), pop...)
		for i := 0; i < k; i++ {
			j := r.randbelowInt(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return newList(result), nil
	}
	selected := map[int]bool{}
	for i := 0; i < k; i++ {
		j := r.randbelowInt(n)
		for selected[j] {
			j = r.randbelowInt(n)
		}
		selected[j] = true
		result[i] = pop[j]
	}
	return newList(result), nil
}

// choices is random.py's Random.choices (3.9+): floor(random() * n)
// without weights, else a bisection of the cumulative weights.
func (r rng) choices(args []Value, kws map[string]Value) (Value, error) {
	pop, err := r.in.iterate(args[0])
	if err != nil {
		return nil, err
	}
	k := int64(1)
	if v, ok := kws["k"]; ok {
		k, _ = asInt(v)
	}
	weights := kws["weights"]
	if len(args) > 1 {
		weights = args[1]
	}
	n := len(pop)
	out := make([]Value, 0, max(k, 0))
	cum, hasCum := kws["cum_weights"]
	if (weights == nil || weights == None) && (!hasCum || cum == None) {
		if n == 0 {
			return nil, raisef(indexErrorClass, "Cannot choose from an empty sequence")
		}
		for i := int64(0); i < k; i++ {
			out = append(out, pop[int(math.Floor(r.random()*float64(n)))])
		}
		return newList(out), nil
	}
	var cw []float64
	if weights != nil && weights != None {
		ws, err := r.in.iterate(weights)
		if err != nil {
			return nil, err
		}
		total := 0.0
		for _, w := range ws {
			f, _ := asFloat(w)
			total += f
			cw = append(cw, total)
		}
	} else {
		ws, err := r.in.iterate(cum)
		if err != nil {
			return nil, err
		}
		for _, w := range ws {
			f, _ := asFloat(w)
			cw = append(cw, f)
		}
	}
	if len(cw) != n {
		return nil, newValueError("The number of weights does not match the population")
	}
	total := cw[n-1]
	if total <= 0 {
		return nil, newValueError("Total of weights must be greater than zero")
	}
	for i := int64(0); i < k; i++ {
		x := r.random() * total
		lo, hi := 0, n-1
		for lo < hi { // bisect_right(cw, x, 0, n-1)
			mid := (lo + hi) / 2
			if x < cw[mid] {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		out = append(out, pop[lo])
	}
	return newList(out), nil
}

// randomModuleFns are the module-level functions bound to the hidden
// instance, as random.py's `random = _inst.random` and so on.
var randomModuleFns = []string{"seed", "random", "getrandbits", "randrange", "randint", "choice",
	"shuffle", "sample", "uniform", "choices", "gauss", "expovariate", "getstate", "setstate"}

func newRandomModule(in *Interp) *Module {
	m := newNativeModule("random")
	m.dict.setStr("Random", randomClass)
	inst, _ := newRandom(in, None)
	inst.dict.setStr(rndModule, trueV)
	m.dict.setStr("_inst", inst)
	for _, name := range randomModuleFns {
		fn, _ := randomClass.dict.getStr(name)
		m.dict.setStr(name, &BoundMethod{self: inst, fn: fn})
	}
	return m
}

// reseedRandomAfterFork marks the module's hidden instance of a forked
// child for reseeding (random.py: os.register_at_fork(after_in_child=
// _inst.seed)); a Random object of the program's own is left as it is.
func reseedRandomAfterFork(child *Interp) {
	mv, ok := child.modules.getStr("random")
	if !ok {
		return
	}
	m, ok := mv.(*Module)
	if !ok {
		return
	}
	if inst, ok := m.dict.getStr("_inst"); ok {
		if i, ok := inst.(*Instance); ok {
			i.dict.setStr(rndReseed, trueV)
		}
	}
}
