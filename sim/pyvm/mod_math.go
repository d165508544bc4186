// This file implements the math module's everyday functions
// (Modules/mathmodule.c): float functions with CPython's "math domain
// error" and "math range error", the integer ones (factorial, gcd, lcm,
// isqrt, comb, perm, prod) on arbitrary-precision ints, floor and ceil
// returning ints. Go's math package stands in for the C library; results
// can differ from glibc's in the last bit for transcendental functions.

package pyvm

import (
	"math"
	"math/big"
)

func mathDomain() error { return newValueError("math domain error") }
func mathRange() error  { return raisef(overflowErrorClass, "math range error") }

// mathFloat converts an argument like PyFloat_AsDouble.
func mathFloat(v Value) (float64, error) {
	if f, ok := asFloat(v); ok {
		return f, nil
	}
	if b, ok := v.(*BigInt); ok {
		f, err := bigToFloat(b.v)
		return f, err
	}
	return 0, newTypeError("must be real number, not %s", typeName(v))
}

// checkResult is math_1's errno logic: NaN from a non-NaN argument is a
// domain error, an infinity from a finite one a range error.
func checkResult(x, r float64, overflowOK bool) (Value, error) {
	switch {
	case math.IsNaN(r) && !math.IsNaN(x):
		return nil, mathDomain()
	case math.IsInf(r, 0) && !math.IsInf(x, 0):
		if overflowOK {
			return nil, mathRange()
		}
		return nil, mathDomain()
	}
	return Float(r), nil
}

func newMathModule(in *Interp) *Module {
	m := newNativeModule("math")
	for _, c := range []struct {
		n string
		v float64
	}{{"pi", math.Pi}, {"e", math.E}, {"tau", 2 * math.Pi}, {"inf", math.Inf(1)}, {"nan", pyNaN}} {
		m.dict.setStr(c.n, Float(c.v))
	}
	f1 := func(name string, overflowOK bool, f func(float64) float64) {
		m.fn(name, func(in *Interp, args []Value, kw []string) (Value, error) {
			if err := checkArgs(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			x, err := mathFloat(args[0])
			if err != nil {
				return nil, err
			}
			return checkResult(x, f(x), overflowOK)
		})
	}
	f1("sqrt", false, math.Sqrt)
	f1("exp", true, math.Exp)
	f1("sin", false, math.Sin)
	f1("cos", false, math.Cos)
	f1("tan", false, math.Tan)
	f1("asin", false, math.Asin)
	f1("acos", false, math.Acos)
	f1("atan", false, math.Atan)
	f1("fabs", false, math.Abs)
	f1("degrees", false, func(x float64) float64 { return x * (180 / math.Pi) })
	f1("radians", false, func(x float64) float64 { return x * (math.Pi / 180) })
	f1("log2", false, positive(math.Log2))
	f1("log10", false, positive(log10))
	f1("log1p", false, math.Log1p)
	f1("expm1", true, math.Expm1)
	m.fn("log", mathLog)
	m.fn("lgamma", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("lgamma", args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := mathFloat(args[0])
		if err != nil {
			return nil, err
		}
		return lgamma(x)
	})
	f2 := func(name string, f func(x, y float64) (Value, error)) {
		m.fn(name, func(in *Interp, args []Value, kw []string) (Value, error) {
			if err := checkArgs(name, args, kw, 2, 2); err != nil {
				return nil, err
			}
			x, err := mathFloat(args[0])
			if err != nil {
				return nil, err
			}
			y, err := mathFloat(args[1])
			if err != nil {
				return nil, err
			}
			return f(x, y)
		})
	}
	f2("pow", func(x, y float64) (Value, error) {
		if x == 0 && y < 0 {
			return nil, mathDomain()
		}
		r := math.Pow(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return nil, mathDomain()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			return nil, mathRange()
		}
		return Float(r), nil
	})
	f2("atan2", func(y, x float64) (Value, error) { return Float(math.Atan2(y, x)), nil })
	m.fn("hypot", mathHypot)
	f2("copysign", func(x, y float64) (Value, error) { return Float(math.Copysign(x, y)), nil })
	f2("fmod", func(x, y float64) (Value, error) {
		if y == 0 && !math.IsNaN(x) {
			return nil, mathDomain()
		}
		return Float(math.Mod(x, y)), nil
	})
	m.fn("ldexp", mathLdexp)
	pred := func(name string, f func(float64) bool) {
		m.fn(name, func(in *Interp, args []Value, kw []string) (Value, error) {
			if err := checkArgs(name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			x, err := mathFloat(args[0])
			if err != nil {
				return nil, err
			}
			return mkBool(f(x)), nil
		})
	}
	pred("isnan", math.IsNaN)
	pred("isinf", func(x float64) bool { return math.IsInf(x, 0) })
	pred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) })
	m.fn("floor", func(in *Interp, args []Value, kw []string) (Value, error) {
		return roundTo(args, kw, "floor", math.Floor)
	})
	m.fn("ceil", func(in *Interp, args []Value, kw []string) (Value, error) {
		return roundTo(args, kw, "ceil", math.Ceil)
	})
	m.fn("trunc", func(in *Interp, args []Value, kw []string) (Value, error) {
		return roundTo(args, kw, "trunc", math.Trunc)
	})
	m.fn("modf", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("modf", args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := mathFloat(args[0])
		if err != nil {
			return nil, err
		}
		i, f := math.Modf(x)
		return newTuple([]Value{Float(f), Float(i)}), nil
	})
	m.fn("isclose", mathIsclose)
	m.fn("fsum", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("fsum", args, kw, 1, 1); err != nil {
			return nil, err
		}
		items, err := in.iterate(args[0])
		if err != nil {
			return nil, err
		}
		return fsum(items)
	})
	mathIntFns(m, in.cfg.Version)
	return m
}

func positive(f func(float64) float64) func(float64) float64 {
	return func(x float64) float64 {
		if x <= 0 {
			return math.NaN()
		}
		return f(x)
	}
}

// log10 is exact on powers of ten, as the C library's is.
func log10(x float64) float64 {
	r := math.Log10(x)
	if n := math.Round(r); math.Abs(r-n) < 1e-9 && math.Pow(10, n) == x {
		return n
	}
	return r
}

// mathLog is math.log(x[, base]) (loghelper: ints of any size work).
func mathLog(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("log", args, kw, 1, 2); err != nil {
		return nil, err
	}
	lg := func(v Value) (float64, error) {
		if b, ok := v.(*BigInt); ok {
			if b.v.Sign() <= 0 {
				return 0, mathDomain()
			}
			// log(m * 2**e) for a mantissa of 53 bits.
			e := b.v.BitLen() - 53
			m, _ := new(big.Float).SetInt(new(big.Int).Rsh(b.v, uint(e))).Float64()
			return math.Log(m) + float64(e)*math.Ln2, nil
		}
		x, err := mathFloat(v)
		if err != nil {
			return 0, err
		}
		if x <= 0 {
			return 0, mathDomain()
		}
		return math.Log(x), nil
	}
	num, err := lg(args[0])
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return Float(num), nil
	}
	den, err := lg(args[1])
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, raisef(zeroDivisionClass, "float division by zero")
	}
	return Float(num / den), nil
}

func roundTo(args []Value, kw []string, name string, f func(float64) float64) (Value, error) {
	if err := checkArgs(name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	switch x := args[0].(type) {
	case Int, Bool, *BigInt:
		if b, ok := x.(Bool); ok {
			n, _ := asInt(b)
			return mkInt(n), nil
		}
		return x, nil
	}
	x, err := mathFloat(args[0])
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) {
		return nil, raisef(overflowErrorClass, "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return nil, newValueError("cannot convert float NaN to integer")
	}
	return floatToInt(f(x))
}

func mathIsclose(in *Interp, args []Value, kw []string) (Value, error) {
	pos, kws, err := splitKw("isclose", args, kw, "rel_tol", "abs_tol")
	if err != nil {
		return nil, err
	}
	if len(pos) != 2 {
		return nil, newTypeError("isclose() takes exactly 2 positional arguments (%d given)", len(pos))
	}
	a, err := mathFloat(pos[0])
	if err != nil {
		return nil, err
	}
	b, err := mathFloat(pos[1])
	if err != nil {
		return nil, err
	}
	rel, abs := 1e-09, 0.0
	if v, ok := kws["rel_tol"]; ok {
		rel, _ = asFloat(v)
	}
	if v, ok := kws["abs_tol"]; ok {
		abs, _ = asFloat(v)
	}
	if rel < 0 || abs < 0 {
		return nil, newValueError("tolerances must be non-negative")
	}
	if a == b {
		return trueV, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return falseV, nil
	}
	d := math.Abs(b - a)
	return mkBool(d <= math.Abs(rel*b) || d <= math.Abs(rel*a) || d <= abs), nil
}

// fsum is math_fsum: Shewchuk's exactly rounded sum of partials.
func fsum(items []Value) (Value, error) {
	var partials []float64
	for _, it := range items {
		x, err := mathFloat(it)
		if err != nil {
			return nil, err
		}
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = append(partials[:i], x)
	}
	if len(partials) == 0 {
		return Float(0), nil
	}
	n := len(partials) - 1
	hi := partials[n]
	lo := 0.0
	for n > 0 {
		x := hi
		n--
		y := partials[n]
		hi = x + y
		lo = y - (hi - x)
		if lo != 0 {
			break
		}
	}
	if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return Float(hi), nil
}

// mathIntFns are the integer functions.
func mathIntFns(m *Module, v Version) {
	bigArgs := func(name string, args []Value) ([]*big.Int, error) {
		out := make([]*big.Int, len(args))
		for i, a := range args {
			b, ok := toBig(a)
			if !ok {
				return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(a))
			}
			out[i] = b
		}
		return out, nil
	}
	m.fn("factorial", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("factorial", args, kw, 1, 1); err != nil {
			return nil, err
		}
		a := args[0]
		if f, ok := a.(Float); ok && !v.AtLeast(3, 10) && float64(f) == math.Trunc(float64(f)) {
			a = mkInt(int64(f)) // 3.8 and 3.9 accepted integral floats
		}
		ns, err := bigArgs("factorial", []Value{a})
		if err != nil {
			return nil, err
		}
		n := ns[0]
		if n.Sign() < 0 {
			return nil, newValueError("factorial() not defined for negative values")
		}
		if n.Cmp(big.NewInt(100000)) > 0 {
			return nil, raisef(overflowErrorClass, "factorial() argument should not exceed %d (the simulator's limit)", 100000)
		}
		return normBig(new(big.Int).MulRange(1, n.Int64())), nil
	})
	gcdLcm := func(name string, lcm bool) {
		m.fn(name, func(in *Interp, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return nil, newTypeError("%s() takes no keyword arguments", name)
			}
			if !v.AtLeast(3, 9) && len(args) != 2 {
				return nil, newTypeError("gcd expected 2 arguments, got %d", len(args))
			}
			ns, err := bigArgs(name, args)
			if err != nil {
				return nil, err
			}
			acc := big.NewInt(0)
			if lcm {
				acc = big.NewInt(1)
			}
			for _, n := range ns {
				n = new(big.Int).Abs(n)
				if !lcm {
					acc = new(big.Int).GCD(nil, nil, acc, n)
					continue
				}
				if n.Sign() == 0 || acc.Sign() == 0 {
					acc = big.NewInt(0)
					continue
				}
				g := new(big.Int).GCD(nil, nil, acc, n)
				acc = new(big.Int).Mul(new(big.Int).Quo(acc, g), n)
			}
			return normBig(acc), nil
		})
	}
	gcdLcm("gcd", false)
	if v.AtLeast(3, 9) {
		gcdLcm("lcm", true)
	}
	m.fn("isqrt", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("isqrt", args, kw, 1, 1); err != nil {
			return nil, err
		}
		ns, err := bigArgs("isqrt", args)
		if err != nil {
			return nil, err
		}
		if ns[0].Sign() < 0 {
			return nil, newValueError("isqrt() argument must be nonnegative")
		}
		return normBig(new(big.Int).Sqrt(ns[0])), nil
	})
	combPerm := func(name string, comb bool) {
		m.fn(name, func(in *Interp, args []Value, kw []string) (Value, error) {
			if err := checkArgs(name, args, kw, 1, 2); err != nil {
				return nil, err
			}
			if comb && len(args) != 2 {
				return nil, newTypeError("comb expected 2 arguments, got %d", len(args))
			}
			ns, err := bigArgs(name, args)
			if err != nil {
				return nil, err
			}
			n := ns[0]
			k := n
			if len(ns) == 2 {
				k = ns[1]
			}
			if n.Sign() < 0 {
				return nil, newValueError("n must be a non-negative integer")
			}
			if k.Sign() < 0 {
				return nil, newValueError("k must be a non-negative integer")
			}
			if k.Cmp(n) > 0 {
				return mkInt(0), nil
			}
			if comb {
				return normBig(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
			}
			return normBig(new(big.Int).MulRange(n.Int64()-k.Int64()+1, n.Int64())), nil
		})
	}
	combPerm("comb", true)
	combPerm("perm", false)
	m.fn("prod", func(in *Interp, args []Value, kw []string) (Value, error) {
		pos, kws, err := splitKw("prod", args, kw, "start")
		if err != nil {
			return nil, err
		}
		if len(pos) != 1 {
			return nil, newTypeError("prod() takes exactly 1 positional argument (%d given)", len(pos))
		}
		items, err := in.iterate(pos[0])
		if err != nil {
			return nil, err
		}
		acc := Value(mkInt(1))
		if s, ok := kws["start"]; ok {
			acc = s
		}
		for _, it := range items {
			if acc, err = in.binary(opMul, acc, it, false); err != nil {
				return nil, err
			}
		}
		return acc, nil
	})
}

// lanczosG and the coefficients are the Lanczos approximation CPython's
// math module uses for gamma and lgamma (Modules/mathmodule.c, the same in
// 3.8-3.13), so that lgamma gives CPython's last digits and not libm's.
const lanczosG = 6.024680040776729583740234375

var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [13]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

// lanczosSum is lanczos_sum: the rational function, evaluated from the
// end that keeps it accurate for small or large x.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinPi is m_sinpi: sin(pi*x) with the argument reduced first.
func sinPi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	var r float64
	switch int(math.Round(2.0 * y)) {
	case 0:
		r = math.Sin(math.Pi * y)
	case 1:
		r = math.Cos(math.Pi * (y - 0.5))
	case 2:
		r = math.Sin(math.Pi * (1.0 - y))
	case 3:
		r = -math.Cos(math.Pi * (y - 1.5))
	default:
		r = math.Sin(math.Pi * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}

// lgamma is m_lgamma: a pole (zero or a negative integer) is a domain
// error, an infinite result a range error.
func lgamma(x float64) (Value, error) {
	switch {
	case math.IsNaN(x):
		return Float(x), nil
	case math.IsInf(x, 0):
		return Float(math.Inf(1)), nil
	case x == math.Floor(x) && x <= 2.0:
		if x <= 0.0 {
			return nil, mathDomain()
		}
		return Float(0.0), nil
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return Float(-math.Log(absx)), nil
	}
	r := math.Log(lanczosSum(absx)) - lanczosG
	r += (absx - 0.5) * (math.Log(absx+lanczosG-0.5) - 1)
	if x < 0.0 {
		const logPi = 1.144729885849400174143427351353058711647
		r = logPi - math.Log(math.Abs(sinPi(absx))) - math.Log(absx) - r
	}
	if math.IsInf(r, 0) {
		return nil, mathRange()
	}
	return Float(r), nil
}

// mathHypot is math.hypot(*coordinates) (3.8+): the Euclidean norm, 0.0
// for none; an infinite coordinate wins over a NaN. Two coordinates are
// libm's hypot as in CPython; more are scaled by the largest and summed
// with compensation (vector_norm), which may differ from CPython 3.10+'s
// exact summation in the last bit.
func mathHypot(in *Interp, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return nil, newTypeError("hypot() takes no keyword arguments")
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		x, err := mathFloat(a)
		if err != nil {
			return nil, err
		}
		xs[i] = math.Abs(x)
	}
	if len(xs) == 2 {
		return Float(math.Hypot(xs[0], xs[1])), nil
	}
	maxV, nan := 0.0, false
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return Float(math.Inf(1)), nil
		}
		nan = nan || math.IsNaN(x)
		maxV = math.Max(maxV, x)
	}
	if nan {
		return Float(math.NaN()), nil
	}
	if maxV == 0 || len(xs) <= 1 {
		return Float(maxV), nil
	}
	sum, comp := 0.0, 0.0
	for _, x := range xs {
		x /= maxV
		y := x*x - comp
		t := sum + y
		comp = (t - sum) - y
		sum = t
	}
	return Float(maxV * math.Sqrt(sum)), nil
}

// mathLdexp is math.ldexp(x, i): x * 2**i, i an int (any size).
func mathLdexp(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("ldexp", args, kw, 2, 2); err != nil {
		return nil, err
	}
	x, err := mathFloat(args[0])
	if err != nil {
		return nil, err
	}
	var exp int64
	switch i := args[1].(type) {
	case Int, Bool:
		exp, _ = asInt(i)
	case *BigInt:
		exp = math.MaxInt32
		if i.v.Sign() < 0 {
			exp = math.MinInt32
		}
	default:
		return nil, newTypeError("Expected an int as second argument to ldexp.")
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return Float(x), nil
	}
	exp = max(min(exp, math.MaxInt32), math.MinInt32)
	r := math.Ldexp(x, int(exp))
	if math.IsInf(r, 0) {
		return nil, mathRange()
	}
	return Float(r), nil
}
