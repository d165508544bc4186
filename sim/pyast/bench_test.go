// BenchmarkParse measures source lines parsed (and validated) per second on
// a generated 1,000-line program of ordinary scenario code.

package pyast

import (
	"fmt"
	"strings"
	"testing"
)

// benchProgram builds a program of at least n lines from a block that uses
// functions, classes, loops, exceptions, comprehensions and f-strings.
func benchProgram(n int) []byte {
	var b strings.Builder
	b.WriteString("import os\nimport time\nimport multiprocessing as mp\n")
	lines := 3
	for i := 0; lines < n; i++ {
		block := fmt.Sprintf(`

class Worker%[1]d(Base):
    """A worker."""
    count = 0

    def __init__(self, name, *args, delay=0.5, **kwargs):
        super().__init__(*args, **kwargs)
        self.name = name
        self._delay = delay

    @property
    def delay(self):
        return self._delay

    def run(self, items):
        total = 0
        for i, item in enumerate(items):
            if item is None or i %% 2 == 0:
                continue
            total += item * 2 ** i - (i // 3)
        squares = [x * x for x in range(10) if x > 2]
        table = {k: v for k, v in zip("abc", squares)}
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError as e:
            print(f"no child: {e!r} {total:>8.2f}", file=sys.stderr)
        finally:
            time.sleep(self._delay)
        return total, squares[1:3], table.get("a", 0)


def main%[1]d():
    p = mp.Process(target=Worker%[1]d("w").run, args=([1, 2, 3],))
    p.start()
    while p.is_alive():
        time.sleep(0.1)
    p.join()
`, i)
		b.WriteString(block)
		lines += strings.Count(block, "\n")
	}
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	src := benchProgram(1000)
	lines := strings.Count(string(src), "\n")
	if _, err := ParseFile("bench.py", src); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
