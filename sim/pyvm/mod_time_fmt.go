// This file adds calendar time to the time module (Modules/timemodule.c:
// gmtime, localtime, mktime, asctime, ctime, strftime with the C locale's
// formats). The simulated machine's timezone is UTC (TZ=UTC, the corpus
// runs CPython with it too), so localtime is gmtime; time.time() is the
// logical clock plus the fixed epoch of mod_time.go (2026-01-01 00:00 UTC).
// Dates come from days since 1970 by Howard Hinnant's civil_from_days.

package pyvm

import (
	"fmt"
	"math"
	"strings"
)

var (
	dayNames   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// civil is a broken-down UTC time.
type civil struct {
	year, mon, mday, hour, min, sec, wday, yday int // wday: Monday 0; yday 1-based
}

// civilFromDays is civil_from_days: the date of day z after 1970-01-01.
func civilFromDays(z int64) (y, m, d int) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	yy := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = int(doy - (153*mp+2)/5 + 1)
	m = int(mp + 3)
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		yy++
	}
	return int(yy), m, d
}

// daysFromCivil is days_from_civil, the inverse.
func daysFromCivil(y, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era = (y - 399) / 400
	}
	yoe := int64(y - era*400)
	mm := int64(m + 9)
	if m > 2 {
		mm = int64(m - 3)
	}
	doy := (153*mm+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int64(era)*146097 + doe - 719468
}

func toCivil(secs int64) civil {
	days := secs / 86400
	rem := secs % 86400
	if rem < 0 {
		rem += 86400
		days--
	}
	y, m, d := civilFromDays(days)
	wd := int((days + 3) % 7) // 1970-01-01 was a Thursday (3 with Monday 0)
	if wd < 0 {
		wd += 7
	}
	return civil{year: y, mon: m, mday: d, hour: int(rem / 3600), min: int(rem % 3600 / 60), sec: int(rem % 60),
		wday: wd, yday: int(days-daysFromCivil(y, 1, 1)) + 1}
}

func (c civil) tuple() *Tuple {
	items := []Value{mkInt(int64(c.year)), mkInt(int64(c.mon)), mkInt(int64(c.mday)), mkInt(int64(c.hour)),
		mkInt(int64(c.min)), mkInt(int64(c.sec)), mkInt(int64(c.wday)), mkInt(int64(c.yday)), mkInt(0)}
	return &Tuple{items: items, seq: structTimeSeq}
}

// civilOf reads a struct_time or a 9-tuple.
func civilOf(v Value) (civil, error) {
	t, ok := v.(*Tuple)
	if !ok {
		return civil{}, newTypeError("Tuple or struct_time argument required")
	}
	if len(t.items) != 9 {
		return civil{}, newTypeError("time.struct_time() takes a sequence of length 9")
	}
	var n [9]int
	for i, it := range t.items {
		x, ok := asInt(it)
		if !ok {
			return civil{}, newTypeError("'%s' object cannot be interpreted as an integer", typeName(it))
		}
		n[i] = int(x)
	}
	c := civil{year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: n[6], yday: n[7]}
	if c.mon == 0 {
		c.mon = 1
	}
	if c.mday == 0 {
		c.mday = 1
	}
	if c.yday == 0 {
		c.yday = 1
	}
	switch {
	case c.mon < 1 || c.mon > 12:
		return c, newValueError("month out of range")
	case c.mday < 1 || c.mday > 31:
		return c, newValueError("day of month out of range")
	case c.hour < 0 || c.hour > 23:
		return c, newValueError("hour out of range")
	case c.min < 0 || c.min > 59:
		return c, newValueError("minute out of range")
	case c.sec < 0 || c.sec > 61:
		return c, newValueError("seconds out of range")
	case c.wday < 0:
		return c, newValueError("day of week out of range")
	case c.yday < 1 || c.yday > 366:
		return c, newValueError("day of year out of range")
	}
	c.wday %= 7
	return c, nil
}

func (c civil) asctime() string {
	return fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d", dayNames[c.wday][:3], monthNames[c.mon-1][:3], c.mday, c.hour, c.min, c.sec, c.year)
}

// strftime formats with the C locale's conversions (glibc strftime).
func (c civil) strftime(f string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		if f[i] != '%' || i+1 == len(f) {
			b.WriteByte(f[i])
			continue
		}
		i++
		h12 := c.hour % 12
		if h12 == 0 {
			h12 = 12
		}
		sunday := (c.wday + 1) % 7
		switch f[i] {
		case 'Y':
			fmt.Fprintf(&b, "%d", c.year)
		case 'y':
			fmt.Fprintf(&b, "%02d", c.year%100)
		case 'C':
			fmt.Fprintf(&b, "%02d", c.year/100)
		case 'm':
			fmt.Fprintf(&b, "%02d", c.mon)
		case 'd':
			fmt.Fprintf(&b, "%02d", c.mday)
		case 'e':
			fmt.Fprintf(&b, "%2d", c.mday)
		case 'H':
			fmt.Fprintf(&b, "%02d", c.hour)
		case 'I':
			fmt.Fprintf(&b, "%02d", h12)
		case 'M':
			fmt.Fprintf(&b, "%02d", c.min)
		case 'S':
			fmt.Fprintf(&b, "%02d", c.sec)
		case 'p':
			b.WriteString(map[bool]string{true: "PM", false: "AM"}[c.hour >= 12])
		case 'a':
			b.WriteString(dayNames[c.wday][:3])
		case 'A':
			b.WriteString(dayNames[c.wday])
		case 'b', 'h':
			b.WriteString(monthNames[c.mon-1][:3])
		case 'B':
			b.WriteString(monthNames[c.mon-1])
		case 'j':
			fmt.Fprintf(&b, "%03d", c.yday)
		case 'w':
			fmt.Fprintf(&b, "%d", sunday)
		case 'u':
			fmt.Fprintf(&b, "%d", c.wday+1)
		case 'U':
			fmt.Fprintf(&b, "%02d", (c.yday-1+7-sunday)/7)
		case 'W':
			fmt.Fprintf(&b, "%02d", (c.yday-1+7-c.wday)/7)
		case 'c':
			b.WriteString(c.asctime())
		case 'x':
			fmt.Fprintf(&b, "%02d/%02d/%02d", c.mon, c.mday, c.year%100)
		case 'X', 'T':
			fmt.Fprintf(&b, "%02d:%02d:%02d", c.hour, c.min, c.sec)
		case 'D':
			fmt.Fprintf(&b, "%02d/%02d/%02d", c.mon, c.mday, c.year%100)
		case 'F':
			fmt.Fprintf(&b, "%d-%02d-%02d", c.year, c.mon, c.mday)
		case 'R':
			fmt.Fprintf(&b, "%02d:%02d", c.hour, c.min)
		case 'r':
			fmt.Fprintf(&b, "%02d:%02d:%02d %s", h12, c.min, c.sec, map[bool]string{true: "PM", false: "AM"}[c.hour >= 12])
		case 'Z':
			b.WriteString("UTC")
		case 'z':
			b.WriteString("+0000")
		case 's':
			fmt.Fprintf(&b, "%d", c.epoch())
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(f[i])
		}
	}
	return b.String(), nil
}

func (c civil) epoch() int64 {
	return daysFromCivil(c.year, c.mon, c.mday)*86400 + int64(c.hour*3600+c.min*60+c.sec)
}

// timeArgSecs is the optional seconds argument of gmtime/localtime/ctime
// (None or absent: now).
func timeArgSecs(in *Interp, name string, args []Value, kw []string) (int64, error) {
	if err := checkArgs(name, args, kw, 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 || args[0] == None {
		return int64(math.Floor(epoch + in.host.Now())), nil
	}
	f, ok := asFloat(args[0])
	if !ok {
		return 0, newTypeError("'%s' object cannot be interpreted as an integer", typeName(args[0]))
	}
	return int64(math.Floor(f)), nil
}

// timeArgCivil is the optional struct_time argument of asctime/strftime.
func timeArgCivil(in *Interp, args []Value) (civil, error) {
	if len(args) == 0 {
		return toCivil(int64(math.Floor(epoch + in.host.Now()))), nil
	}
	return civilOf(args[0])
}

func timeCalendarFns(m *Module) {
	m.dict.setStr("timezone", mkInt(0))
	m.dict.setStr("altzone", mkInt(0))
	m.dict.setStr("daylight", mkInt(0))
	m.dict.setStr("tzname", newTuple([]Value{Str("UTC"), Str("UTC")}))
	for _, name := range []string{"gmtime", "localtime"} {
		name := name
		m.fn(name, func(in *Interp, args []Value, kw []string) (Value, error) {
			s, err := timeArgSecs(in, name, args, kw)
			if err != nil {
				return nil, err
			}
			return toCivil(s).tuple(), nil
		})
	}
	m.fn("ctime", func(in *Interp, args []Value, kw []string) (Value, error) {
		s, err := timeArgSecs(in, "ctime", args, kw)
		if err != nil {
			return nil, err
		}
		return Str(toCivil(s).asctime()), nil
	})
	m.fn("asctime", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("asctime", args, kw, 0, 1); err != nil {
			return nil, err
		}
		c, err := timeArgCivil(in, args)
		if err != nil {
			return nil, err
		}
		return Str(c.asctime()), nil
	})
	m.fn("mktime", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("mktime", args, kw, 1, 1); err != nil {
			return nil, err
		}
		c, err := civilOf(args[0])
		if err != nil {
			return nil, err
		}
		return Float(float64(c.epoch())), nil
	})
	m.fn("strftime", func(in *Interp, args []Value, kw []string) (Value, error) {
		if err := checkArgs("strftime", args, kw, 1, 2); err != nil {
			return nil, err
		}
		f, ok := args[0].(Str)
		if !ok {
			return nil, newTypeError("strftime() argument 1 must be str, not %s", typeName(args[0]))
		}
		c, err := timeArgCivil(in, args[1:])
		if err != nil {
			return nil, err
		}
		s, err := c.strftime(string(f))
		return Str(s), err
	})
}
