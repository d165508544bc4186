// This file computes hash() as CPython does, so that sets iterate in
// CPython's order (settable.go) and hash() prints CPython's numbers:
// ints modulo the Mersenne prime 2**61-1 and floats by the same rule
// (Python/pyhash.c _Py_HashDouble, mod_random.go's floatHash), str and bytes by SipHash over the
// PEP 393 storage with the all-zero key that PYTHONHASHSEED=0 selects
// (siphash24 up to 3.10, siphash13 from 3.11: Python/pyhash.c,
// Py_HASH_ALGORITHM), tuples by the xxHash-based tuplehash of
// Objects/tupleobject.c (3.8+), frozensets by frozenset_hash of
// Objects/setobject.c, and instances by their class's __hash__.
// Objects CPython hashes by address (functions, classes, instances without
// __hash__, None before 3.12, NaN from 3.10) have no reproducible hash: they
// report identity=true and sets holding them keep insertion order.

package pyvm

import (
	"encoding/binary"
	"math"
	"unicode/utf8"
)

// hashModulus is _PyHASH_MODULUS, 2**61 - 1.
const hashModulus = 1<<61 - 1

// intHash is hash(n) for an int in 64 bits (Objects/longobject.c long_hash).
func intHash(n int64) int64 {
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// strHash is hash(s) with PYTHONHASHSEED=0: SipHash of the string's PEP 393
// representation (Latin-1, UCS-2 or UCS-4, little-endian on Linux).
func strHash(v Version, s string) int64 {
	if s == "" {
		return 0
	}
	width := 1
	for _, r := range s {
		if r > 0xffff {
			width = 4
			break
		}
		if r > 0xff {
			width = 2
		}
	}
	if width == 1 && isASCII(s) {
		return bytesHash(v, []byte(s))
	}
	buf := make([]byte, 0, width*utf8.RuneCountInString(s))
	for _, r := range s {
		switch width {
		case 1:
			buf = append(buf, byte(r))
		case 2:
			buf = binary.LittleEndian.AppendUint16(buf, uint16(r))
		default:
			buf = binary.LittleEndian.AppendUint32(buf, uint32(r))
		}
	}
	return bytesHash(v, buf)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// bytesHash is _Py_HashBytes with the zero key: siphash24 up to 3.10,
// siphash13 from 3.11 (bpo-29410).
func bytesHash(v Version, b []byte) int64 {
	if len(b) == 0 {
		return 0
	}
	c, d := 2, 4
	if v.AtLeast(3, 11) {
		c, d = 1, 3
	}
	h := int64(sipHash(c, d, b))
	if h == -1 {
		h = -2
	}
	return h
}

// sipHash is SipHash-c-d (c compression rounds, d finalisation rounds)
// with k0 = k1 = 0, as Python/pyhash.c computes it (siphash24 has d = 4,
// siphash13 d = 3).
func sipHash(c, d int, src []byte) uint64 {
	var k0, k1 uint64
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	round := func() {
		v0 += v1
		v1 = rotl(v1, 13)
		v1 ^= v0
		v0 = rotl(v0, 32)
		v2 += v3
		v3 = rotl(v3, 16)
		v3 ^= v2
		v0 += v3
		v3 = rotl(v3, 21)
		v3 ^= v0
		v2 += v1
		v1 = rotl(v1, 17)
		v1 ^= v2
		v2 = rotl(v2, 32)
	}
	b := uint64(len(src)) << 56
	for len(src) >= 8 {
		m := binary.LittleEndian.Uint64(src)
		src = src[8:]
		v3 ^= m
		for i := 0; i < c; i++ {
			round()
		}
		v0 ^= m
	}
	for i := len(src) - 1; i >= 0; i-- {
		b |= uint64(src[i]) << (8 * uint(i))
	}
	v3 ^= b
	for i := 0; i < c; i++ {
		round()
	}
	v0 ^= b
	v2 ^= 0xff
	for i := 0; i < d; i++ {
		round()
	}
	return v0 ^ v1 ^ v2 ^ v3
}

// tupleHash combines item hashes as Objects/tupleobject.c tuplehash (3.8+).
func tupleHash(items []int64) int64 {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, h := range items {
		acc += uint64(h) * prime2
		acc = rotl(acc, 31)
		acc *= prime1
	}
	acc += uint64(len(items)) ^ (prime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}

// frozensetHash is Objects/setobject.c frozenset_hash, written over the
// active entries only: the null and dummy entries it also folds in cancel
// out by its own corrections.
func frozensetHash(hashes []int64) int64 {
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, x := range hashes {
		h ^= shuffle(uint64(x))
	}
	h ^= (uint64(len(hashes)) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		h = 590923713
	}
	return int64(h)
}

// noneHash is hash(None) from 3.12 (Objects/object.c none_hash); before
// that None hashed by address.
const noneHash = 0xFCA86420

// pyHash is hash(v). identity reports a value CPython hashes by address:
// h is then meaningless for ordering.
func (in *Interp) pyHash(v Value) (h int64, identity bool, err error) {
	ver := in.cfg.Version
	switch x := v.(type) {
	case Int:
		return intHash(int64(x)), false, nil
	case sigEnum:
		return intHash(x.n), false, nil
	case Bool:
		if x {
			return 1, false, nil
		}
		return 0, false, nil
	case *BigInt:
		return bigHash(x.v), false, nil
	case Float:
		f := float64(x)
		if math.IsNaN(f) {
			return 0, ver.AtLeast(3, 10), nil
		}
		return floatHash(f), false, nil
	case Str:
		return strHash(ver, string(x)), false, nil
	case Bytes:
		return bytesHash(ver, []byte(x)), false, nil
	case NoneType:
		return noneHash, !ver.AtLeast(3, 12), nil
	case *Tuple:
		hs := make([]int64, len(x.items))
		ident := false
		for i, it := range x.items {
			h, id, err := in.pyHash(it)
			if err != nil {
				return 0, false, err
			}
			hs[i], ident = h, ident || id
		}
		return tupleHash(hs), ident, nil
	case *Set:
		if !x.t.frozen() {
			return 0, false, unhashable(v)
		}
		hs, ident, err := in.setHashes(x)
		if err != nil {
			return 0, false, err
		}
		return frozensetHash(hs), ident, nil
	case *Instance:
		return in.instanceHash(x)
	case *List, *Dict, *Slice, *DictView:
		return 0, false, unhashable(v)
	case *MappingProxy:
		return 0, false, unhashableProxy(x)
	}
	return 0, true, nil
}

// instanceHash calls the class's __hash__ (Objects/typeobject.c
// slot_tp_hash). A class that defines __eq__ without __hash__ has
// __hash__ = None (type_new), which makes its instances unhashable.
func (in *Interp) instanceHash(x *Instance) (int64, bool, error) {
	if x.exc != nil {
		return 0, true, nil
	}
	if x.cls == bytearrayClass {
		return 0, false, unhashable(x)
	}
	for _, c := range x.cls.mro {
		if c.builtin {
			break
		}
		if m, ok := c.dict.getStr("__hash__"); ok {
			if m == None {
				return 0, false, unhashable(x)
			}
			r, err := in.callSync(&BoundMethod{self: x, fn: m}, nil, nil)
			if err != nil {
				return 0, false, err
			}
			switch n := r.(type) {
			case Int:
				h := int64(n)
				if h == -1 {
					h = -2
				}
				return h, false, nil
			case Bool:
				if n {
					return 1, false, nil
				}
				return 0, false, nil
			case *BigInt:
				return bigHash(n.v), false, nil
			}
			return 0, false, newTypeError("__hash__ method should return an integer")
		}
		if _, ok := c.dict.getStr("__eq__"); ok {
			return 0, false, unhashable(x)
		}
	}
	if x.mapping != nil || x.seq != nil {
		return 0, false, unhashable(x) // dict's and list's __hash__ are None
	}
	return 0, true, nil
}

// checkHashable reports the TypeError CPython raises for an unhashable
// value, without computing a hash (for code that cannot call Python).
func checkHashable(v Value) error {
	switch x := v.(type) {
	case *List, *Dict, *Slice, *DictView:
		return unhashable(v)
	case *MappingProxy:
		return unhashableProxy(x)
	case *Set:
		if !x.t.frozen() {
			return unhashable(v)
		}
	case *Tuple:
		for _, it := range x.items {
			if err := checkHashable(it); err != nil {
				return err
			}
		}
	case *Instance:
		if x.cls == bytearrayClass {
			return unhashable(x)
		}
		for _, c := range x.cls.mro {
			if c.builtin {
				break
			}
			if m, ok := c.dict.getStr("__hash__"); ok {
				if m == None {
					return unhashable(x)
				}
				return nil
			}
			if _, ok := c.dict.getStr("__eq__"); ok {
				return unhashable(x)
			}
		}
		if x.mapping != nil || x.seq != nil {
			return unhashable(x)
		}
	}
	return nil
}

func rotl(x uint64, k uint) uint64 { return x<<k | x>>(64-k) }

// userHashed reports an instance whose class defines __hash__ in Python.
func userHashed(v Value) bool {
	switch y := v.(type) {
	case *Set:
		// A frozenset is hashed by its items (frozenset_hash), not by
		// identity: equal ones are found as keys of a program's class are.
		return y.t.frozen()
	case *Tuple:
		for _, e := range y.items {
			if userHashed(e) {
				return true
			}
		}
		return false
	}
	x, ok := v.(*Instance)
	if !ok || x.exc != nil {
		return false
	}
	for _, c := range x.cls.mro {
		if c.builtin {
			return false
		}
		if m, ok := c.dict.getStr("__hash__"); ok {
			return m != None
		}
	}
	return false
}

// dictKey returns the key a dict stores for k: the equal key already
// there when k's class defines __hash__ and __eq__, or when the dict holds
// keys of such classes (a dict indexes them by identity, so equal ones are
// found by comparing hashes and then ==, the stored key on the left, as
// Objects/dictobject.c does), else k. It raises CPython's
// TypeError for an unhashable key.
func (in *Interp) dictKey(d *Dict, k Value) (Value, error) {
	if err := in.dictReady(d); err != nil {
		return nil, err
	}
	if err := checkHashable(k); err != nil {
		return nil, err
	}
	user := userHashed(k)
	if !user && !d.t.anyUserKeys {
		return k, nil
	}
	h, _, err := in.pyHash(k)
	if err != nil {
		return nil, err
	}
	if _, ok, _ := d.t.get(k); ok {
		return k, nil
	}
	for _, e := range d.t.entries {
		// Two builtin keys the index has compared already.
		if !e.live() || !user && !userHashed(e.key) {
			continue
		}
		eh, _, err := in.pyHash(e.key)
		if err != nil {
			return nil, err
		}
		if eh != h {
			continue
		}
		if eq, err := in.eq(e.key, k); err != nil || eq {
			if eq {
				return e.key, nil
			}
			return nil, err
		}
	}
	return k, nil
}

// dictReady merges the equal keys a dict display or comprehension added
// without calling __hash__ and __eq__ (the VM's BUILD_MAP and MAP_ADD
// cannot call Python): the first key stays where it was and takes the
// last value, as inserting them one by one does in CPython.
func (in *Interp) dictReady(d *Dict) error {
	t := &d.t
	if !t.userKeys {
		return nil
	}
	t.userKeys = false
	t.ownEntries()
	type seen struct {
		i    int
		h    int64
		user bool
	}
	var firsts []seen
	for i := 0; i < len(t.entries); i++ {
		e := t.entries[i]
		if !e.live() {
			continue
		}
		user := userHashed(e.key)
		h, _, err := in.pyHash(e.key)
		if err != nil {
			return err
		}
		dup := false
		for _, f := range firsts {
			// Two builtin keys were merged by the index already.
			if f.h != h || !f.user && !user {
				continue
			}
			eq, err := in.eq(t.entries[f.i].key, e.key)
			if err != nil {
				return err
			}
			if eq {
				t.entries[f.i].val = e.val
				hk, _ := hashKey(e.key)
				t.delIdx(hk) // not del: no compaction while walking
				t.entries[i] = entry{}
				t.live--
				t.version++
				dup = true
				break
			}
		}
		if !dup {
			firsts = append(firsts, seen{i, h, user})
		}
	}
	return nil
}
