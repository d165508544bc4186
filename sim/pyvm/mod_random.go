// This file implements _random, the C core of the random module: CPython's
// Mersenne Twister (Modules/_randommodule.c: init_genrand, init_by_array,
// genrand_uint32, random_random, random_seed, random_getstate,
// random_setstate, getrandbits; identical 3.8-3.13 but for getrandbits(0)),
// written again here in condensed form. The rest of the module is
// random.py, in Python as in CPython (sim/pylib/lib/random.py).
//
// State lives in the instance's dict as immutable values (the 624 words as
// one Bytes, the index as an Int), so a fork copies it like any other value:
// a Random object draws the same numbers in every child unless reseeded
// (random.py reseeds its module-level instance in a forked child, from the
// simulator's urandom, deterministic per run: Host.Urandom).

package pyvm

import (
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
	rndWords = "_zl_mt"     // Bytes: 624 little-endian uint32 words
	rndIndex = "_zl_mti"    // Int: next word to temper
	rndGauss = "gauss_next" // random.py's attribute, cleared by a seed
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

// seed is random_seed: None seeds from urandom, an int by its absolute
// value, anything else by its hash taken as an unsigned word (random.py
// turns str and bytes into ints first).
func (r rng) seed(a Value) error {
	switch x := a.(type) {
	case NoneType:
		r.seedFromURandom()
		return nil
	case Int, Bool, *BigInt:
		n, _ := toBig(x)
		r.seedInt(n)
		return nil
	}
	hv, err := r.in.hash(a)
	if err != nil {
		return err
	}
	h, _ := asInt(hv)
	n := big.NewInt(h)
	if h < 0 {
		n.Add(n, new(big.Int).Lsh(big.NewInt(1), 64)) // (size_t)hash
	}
	r.seedInt(n)
	return nil
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

// newRandom makes a Random instance seeded with a (random_seed).
func newRandom(in *Interp, a Value) (*Instance, error) {
	inst := &Instance{cls: randomClass, dict: newDict()}
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

func init() {
	randomClass.module = "_random"
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
	rmethod("seed", 0, 1, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		a := Value(None)
		if len(args) > 0 {
			a = args[0]
		}
		return None, r.seed(a)
	})
	rmethod("random", 0, 0, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		return Float(r.random()), nil
	})
	rmethod("getrandbits", 1, 1, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		k, err := r.in.intArg(args[0])
		if err != nil {
			return nil, err
		}
		switch {
		case k <= 0 && !r.in.cfg.Version.AtLeast(3, 9):
			return nil, newValueError("number of bits must be greater than zero")
		case k < 0:
			return nil, newValueError("number of bits must be non-negative")
		case k > maxBigBits:
			return nil, raisef(overflowErrorClass, "getrandbits: the simulator builds ints of at most %d bits", maxBigBits)
		}
		return r.getrandbits(int(k)), nil
	})
	rmethod("getstate", 0, 0, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		r.uint32IfUnseeded()
		wv, _ := r.self.dict.getStr(rndWords)
		s := decodeMT(wv.(Bytes))
		iv, _ := r.self.dict.getStr(rndIndex)
		items := make([]Value, mtN+1)
		for i, w := range s.mt {
			items[i] = mkInt(int64(w))
		}
		items[mtN] = iv
		return newTuple(items), nil
	})
	rmethod("setstate", 1, 1, nil, func(r rng, args []Value, kws map[string]Value) (Value, error) {
		t, ok := args[0].(*Tuple)
		if !ok {
			return nil, newTypeError("state vector must be a tuple")
		}
		if len(t.items) != mtN+1 {
			return nil, newValueError("state vector is the wrong size")
		}
		s := &mtState{}
		for i := 0; i < mtN; i++ {
			w, err := r.in.intArg(t.items[i])
			if err != nil {
				return nil, err
			}
			if w < 0 || w > math.MaxUint32 {
				return nil, raisef(overflowErrorClass, "Python int too large to convert to C unsigned long")
			}
			s.mt[i] = uint32(w)
		}
		idx, err := r.in.intArg(t.items[mtN])
		if err != nil {
			return nil, err
		}
		if idx < 0 || idx > mtN {
			return nil, newValueError("invalid state")
		}
		s.mti = int(idx)
		r.store(s)
		return None, nil
	})
}

// uint32IfUnseeded seeds from urandom an instance that has no state yet
// (a subclass whose __init__ never seeded).
func (r rng) uint32IfUnseeded() {
	if wv, ok := r.self.dict.getStr(rndWords); !ok || len(wv.(Bytes)) != 4*mtN {
		r.seedFromURandom()
	}
}

func new_randomModule(in *Interp) *Module {
	m := newNativeModule("_random")
	m.dict.setStr("Random", randomClass)
	return m
}
