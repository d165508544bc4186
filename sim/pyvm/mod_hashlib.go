// This file implements hashlib (Lib/hashlib.py over Modules/_hashopenssl.c,
// 3.8-3.13): md5, sha1, the sha2 family, sha3 and shake, by name or through
// new(), their objects' update, digest, hexdigest, copy, name, digest_size
// and block_size, and pbkdf2_hmac. Go's crypto packages stand in for
// OpenSSL; the digests are the same bytes. blake2b and blake2s (which Go's
// standard library lacks) and file_digest are refused by name
// (cpython_names.go). A hash object is its own type, _hashlib.HASH (a shake:
// _hashlib.HASHXOF; in 3.8, sha3 and shake are _sha3's types); a fork gives
// the child a copy of its state.

package pyvm

import (
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"hash"
	"strings"
)

// HashObj is a hashlib hash object.
type HashObj struct {
	name string
	h    hash.Hash   // nil for a shake
	xof  *sha3.SHAKE // a shake's state
	cls  *Class
}

var (
	hashClass    = hashlibClass("_hashlib", "HASH")
	hashXOFClass = hashlibClass("_hashlib", "HASHXOF")
	// sha3Classes are 3.8's _sha3.sha3_256, ..., made at init.
	sha3Classes = map[string]*Class{}
)

func hashlibClass(module, name string) *Class {
	c := builtinClass(name)
	c.module, c.ctype = module, true
	return c
}

// hashAlgorithms are the constructors by name, with digest and block
// sizes for the shakes (whose hash.Hash view has none).
var hashAlgorithms = map[string]func() hash.Hash{
	"md5": md5.New, "sha1": sha1.New, "sha224": sha256.New224, "sha256": sha256.New,
	"sha384": sha512.New384, "sha512": sha512.New, "sha512_224": sha512.New512_224, "sha512_256": sha512.New512_256,
	"sha3_224": func() hash.Hash { return sha3.New224() }, "sha3_256": func() hash.Hash { return sha3.New256() },
	"sha3_384": func() hash.Hash { return sha3.New384() }, "sha3_512": func() hash.Hash { return sha3.New512() },
}

// newHashObj makes the object for algorithm name (lower case), or nil.
func (in *Interp) newHashObj(name string) *HashObj {
	o := &HashObj{name: name, cls: hashClass}
	switch name {
	case "shake_128":
		o.xof, o.cls = sha3.NewSHAKE128(), hashXOFClass
	case "shake_256":
		o.xof, o.cls = sha3.NewSHAKE256(), hashXOFClass
	default:
		mk, ok := hashAlgorithms[name]
		if !ok {
			return nil
		}
		o.h = mk()
	}
	if strings.HasPrefix(name, "sha3_") || strings.HasPrefix(name, "shake_") {
		if !in.cfg.Version.AtLeast(3, 9) {
			// 3.8 takes sha3 and shake from its _sha3 module.
			o.cls = sha3Classes[name]
		}
	}
	return o
}

// clone copies o's state (copy(), and a fork).
func (o *HashObj) clone() *HashObj {
	n := &HashObj{name: o.name, cls: o.cls}
	var src encoding.BinaryMarshaler
	var dst encoding.BinaryUnmarshaler
	if o.xof != nil {
		x := sha3.NewSHAKE128()
		if o.name == "shake_256" {
			x = sha3.NewSHAKE256()
		}
		n.xof, src, dst = x, o.xof, x
	} else {
		n.h = hashAlgorithms[o.name]()
		src, dst = o.h.(encoding.BinaryMarshaler), n.h.(encoding.BinaryUnmarshaler)
	}
	state, err := src.MarshalBinary()
	if err == nil {
		err = dst.UnmarshalBinary(state)
	}
	if err != nil {
		panic("pyvm: hash state copy: " + err.Error())
	}
	return n
}

func (o *HashObj) write(b string) {
	if o.xof != nil {
		o.xof.Write([]byte(b))
		return
	}
	o.h.Write([]byte(b))
}

// sum is the digest (length bytes, for a shake) without finishing o.
func (o *HashObj) sum(length int) []byte {
	if o.xof != nil {
		out := make([]byte, length)
		o.clone().xof.Read(out)
		return out
	}
	return o.h.Sum(nil)
}

func (o *HashObj) digestSize() int {
	if o.xof != nil {
		return 0
	}
	return o.h.Size()
}

func (o *HashObj) blockSize() int {
	if o.xof != nil {
		return o.xof.BlockSize()
	}
	return o.h.BlockSize()
}

// hashData is the bytes an update or a constructor takes, with CPython's
// TypeErrors for a str and for other objects.
func (in *Interp) hashData(v Value) (string, error) {
	if b, ok := bytesOf(v); ok {
		return b, nil
	}
	if _, isStr := v.(Str); isStr {
		if in.cfg.Version.AtLeast(3, 9) {
			return "", newTypeError("Strings must be encoded before hashing")
		}
		return "", newTypeError("Unicode-objects must be encoded before hashing")
	}
	return "", newTypeError("object supporting the buffer API required")
}

// hashUpdate feeds data to o, charged to the work budget as a copy.
func (in *Interp) hashUpdate(o *HashObj, v Value) error {
	b, err := in.hashData(v)
	if err != nil {
		return err
	}
	if err := in.spendCopy(len(b)); err != nil {
		return err
	}
	o.write(b)
	return nil
}

// hashCtor is a constructor: md5(data=b”, *, usedforsecurity=True), or
// new(name, data=b”, ...) when name is "".
func hashCtor(fixed string) nativeFn {
	return func(in *Interp, args []Value, kw []string) (Value, error) {
		fn := fixed
		if fn == "" {
			fn = "new"
		}
		params := []string{"data", "usedforsecurity", "string"}
		if fixed == "" {
			params = append([]string{"name"}, params...)
		}
		pos, kws, err := splitKw(fn, args, kw, params...)
		if err != nil {
			return nil, err
		}
		name := fixed
		var data Value
		rest := pos
		if fixed == "" {
			// new() is Lib/hashlib.py's __hash_new, a Python function.
			if len(pos) > 2 {
				return nil, newTypeError("__hash_new() takes from 1 to 2 positional arguments but %d were given", len(pos))
			}
			if len(pos) == 0 {
				if v, ok := kws["name"]; ok {
					rest = []Value{v}
				} else {
					return nil, newTypeError("__hash_new() missing 1 required positional argument: 'name'")
				}
			}
			s, ok := rest[0].(Str)
			if !ok {
				return nil, newTypeError("new() argument 'name' must be str, not %s", typeName(rest[0]))
			}
			name, rest = strings.ToLower(string(s)), rest[1:]
		}
		if len(rest) > 1 {
			// The C constructors' Argument Clinic wording (3.8's _sha3
			// types: their own).
			switch {
			case !in.cfg.Version.AtLeast(3, 9) && (strings.HasPrefix(fn, "sha3_") || strings.HasPrefix(fn, "shake_")):
				return nil, newTypeError("%s expected at most 1 argument, got %d", fn, len(rest))
			case !in.cfg.Version.AtLeast(3, 9):
				return nil, newTypeError("openssl_%s() takes at most 1 argument (%d given)", fn, len(rest))
			}
			return nil, newTypeError("openssl_%s() takes at most 1 positional argument (%d given)", fn, len(rest))
		}
		if len(rest) == 1 {
			data = rest[0]
		} else if v, ok := kws["data"]; ok {
			data = v
		} else if v, ok := kws["string"]; ok {
			data = v
		}
		o := in.newHashObj(name)
		if o == nil {
			if name == "blake2b" || name == "blake2s" {
				return nil, newValueError("hash type %s is not supported by the simulator", name)
			}
			return nil, newValueError("unsupported hash type %s", name)
		}
		if data != nil {
			if err := in.hashUpdate(o, data); err != nil {
				return nil, err
			}
		}
		return o, nil
	}
}

func newHashlibModule(in *Interp) *Module {
	m := newNativeModule("hashlib")
	names := []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"}
	for _, n := range names {
		m.fn(n, hashCtor(n))
	}
	m.fn("new", hashCtor(""))
	var all []Value
	for _, n := range append(names, "blake2b", "blake2s") {
		all = append(all, Str(n))
	}
	guaranteed, err1 := in.newSetOf(newTuple(all), false)
	available, err2 := in.newSetOf(newTuple(append(all, Str("sha512_224"), Str("sha512_256"))), false)
	if err1 == nil && err2 == nil {
		m.dict.setStr("algorithms_guaranteed", guaranteed)
		m.dict.setStr("algorithms_available", available)
	}
	m.fn("pbkdf2_hmac", func(in *Interp, args []Value, kw []string) (Value, error) {
		pos, kws, err := splitKw("pbkdf2_hmac", args, kw, "hash_name", "password", "salt", "iterations", "dklen")
		if err != nil {
			return nil, err
		}
		vals := make([]Value, 5)
		for i, n := range []string{"hash_name", "password", "salt", "iterations", "dklen"} {
			if i < len(pos) {
				vals[i] = pos[i]
			} else if v, ok := kws[n]; ok {
				vals[i] = v
			}
		}
		for i, n := range []string{"hash_name", "password", "salt", "iterations"} {
			if vals[i] == nil {
				return nil, newTypeError("pbkdf2_hmac() missing required argument '%s' (pos %d)", n, i+1)
			}
		}
		hn, ok := vals[0].(Str)
		if !ok {
			return nil, newTypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s", typeName(vals[0]))
		}
		mk, ok := hashAlgorithms[strings.ToLower(string(hn))]
		if ok && strings.HasPrefix(strings.ToLower(string(hn)), "sha3") && !in.cfg.Version.AtLeast(3, 9) {
			ok = false // 3.8's pbkdf2_hmac knows OpenSSL's older names only
		}
		if !ok {
			return nil, unsupportedDigest(in)
		}
		pw, err := in.hashData(vals[1])
		if err != nil {
			return nil, err
		}
		salt, err := in.hashData(vals[2])
		if err != nil {
			return nil, err
		}
		iters, ok := asInt(vals[3])
		if !ok {
			return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(vals[3]))
		}
		if iters < 1 {
			return nil, newValueError("iteration value must be greater than 0.")
		}
		dk := mk().Size()
		if vals[4] != nil && vals[4] != None {
			n, ok := asInt(vals[4])
			if !ok {
				return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(vals[4]))
			}
			if n < 1 {
				return nil, newValueError("key length must be greater than 0.")
			}
			dk = int(n)
		}
		// Each iteration is two hashes of a block: charged as that much
		// copying, so a million iterations reach the step cap's budget
		// as CPython's seconds of work would.
		blocks := int64(dk+mk().Size()-1) / int64(mk().Size())
		if err := in.spend(iters * blocks * int64(2*mk().BlockSize()) / copyPerUnit); err != nil {
			return nil, err
		}
		key, err := pbkdf2.Key(mk, pw, []byte(salt), int(iters), dk)
		if err != nil {
			return nil, newValueError("%s", err.Error())
		}
		return Bytes(key), nil
	})
	return m
}

func init() {
	nativeModules["hashlib"] = newHashlibModule
	initHashClass(hashClass, false)
	initHashClass(hashXOFClass, true)
	for _, n := range []string{"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"} {
		c := hashlibClass("_sha3", n)
		initHashClass(c, strings.HasPrefix(n, "shake"))
		sha3Classes[n] = c
	}
}

// initHashClass gives a hash class its methods and attributes.
func initHashClass(c *Class, xof bool) {
	self := func(v Value) *HashObj { return v.(*HashObj) }
	method(c, "update", 1, 1, func(in *Interp, s Value, args []Value) (Value, error) {
		return None, in.hashUpdate(self(s), args[0])
	})
	method(c, "copy", 0, 0, func(in *Interp, s Value, args []Value) (Value, error) {
		return self(s).clone(), nil
	})
	if xof {
		length := func(in *Interp, name string, args []Value) (int, error) {
			n, ok := asInt(args[0])
			if !ok {
				return 0, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[0]))
			}
			if n < 0 {
				// 3.8's _sha3 checks; from 3.9 OpenSSL's wrapper takes
				// the size as unsigned (hexdigest) or passes it on
				// (digest), as these errors show.
				switch {
				case !in.cfg.Version.AtLeast(3, 9):
					return 0, newValueError("value must be positive")
				case name == "hexdigest":
					return 0, raisef(memoryErrorClass, "")
				}
				return 0, raisef(systemErrorClass, "Negative size passed to PyBytes_FromStringAndSize")
			}
			return int(n), nil
		}
		method(c, "digest", 1, 1, func(in *Interp, s Value, args []Value) (Value, error) {
			n, err := length(in, "digest", args)
			if err != nil {
				return nil, err
			}
			return Bytes(self(s).sum(n)), nil
		})
		method(c, "hexdigest", 1, 1, func(in *Interp, s Value, args []Value) (Value, error) {
			n, err := length(in, "hexdigest", args)
			if err != nil {
				return nil, err
			}
			return Str(hex.EncodeToString(self(s).sum(n))), nil
		})
		return
	}
	method(c, "digest", 0, 0, func(in *Interp, s Value, args []Value) (Value, error) {
		return Bytes(self(s).sum(0)), nil
	})
	method(c, "hexdigest", 0, 0, func(in *Interp, s Value, args []Value) (Value, error) {
		return Str(hex.EncodeToString(self(s).sum(0))), nil
	})
}

// hashAttr is a hash object's name, digest_size or block_size.
func hashAttr(o *HashObj, name string) (Value, bool) {
	switch name {
	case "name":
		return Str(o.name), true
	case "digest_size":
		return mkInt(int64(o.digestSize())), true
	case "block_size":
		return mkInt(int64(o.blockSize())), true
	}
	return nil, false
}

// unsupportedDigestmodError is _hashlib.UnsupportedDigestmodError (3.11:
// a ValueError).
var unsupportedDigestmodError = func() *Class {
	c := newExcClass("UnsupportedDigestmodError", valueErrorClass)
	c.module = "_hashlib"
	return c
}()

// unsupportedDigest is pbkdf2_hmac's error for an unknown hash name, in
// each version's words (3.10 on: OpenSSL's).
func unsupportedDigest(in *Interp) error {
	switch {
	case in.cfg.Version.AtLeast(3, 11):
		return raisef(unsupportedDigestmodError, "[digital envelope routines] unsupported")
	case in.cfg.Version.AtLeast(3, 10):
		return newValueError("[digital envelope routines] unsupported")
	}
	return newValueError("unsupported hash type")
}
