package playback

import (
	"testing"

	"zombielab/sim/kernel"
	"zombielab/sim/lang"
)

// TestTablesComplete: every sentence has words in every language.
func TestTablesComplete(t *testing.T) {
	if err := checkTables(); err != nil {
		t.Fatal(err)
	}
}

// TestPhrases: arguments that are worded are said in the phrase's language,
// and a language may put them in its own order.
func TestPhrases(t *testing.T) {
	tests := []struct {
		name   string
		ph     phrase
		en, zh string
	}{
		{"init by name", say(sWakes, proc(1)), "init (pid 1) wakes up", "1 号进程 init 被唤醒"},
		{"status", say(sExit, proc(1002), status(kernel.Exited(3))), "pid 1002 exits (exited 3)", "进程 1002 退出（退出码 3）"},
		{"killed", say(sExit, proc(1002), status(kernel.Signaled(kernel.SIGKILL))), "pid 1002 exits (killed by SIGKILL)", "进程 1002 退出（被信号 SIGKILL 终止）"},
		{"reordered", say(sSignal, proc(1001), kernel.SIGTERM, 1003, outcome(kernel.OutcomeTerminate)),
			"pid 1001 receives SIGTERM from 1003: terminate", "进程 1001 收到来自 1003 的 SIGTERM：进程被终止"},
		{"nested", say(sAt, "1.004", say(sZombie, 1003)),
			"at 1.004 s, pid 1003 has exited and is now a zombie: its parent has not waited for it yet",
			"在 1.004 秒时，进程 1003 已退出，成为僵尸进程：父进程还没有 wait 它"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.ph.in(lang.EN); got != tc.en {
				t.Errorf("en = %q, want %q", got, tc.en)
			}
			if got := tc.ph.in(lang.ZH); got != tc.zh {
				t.Errorf("zh = %q, want %q", got, tc.zh)
			}
		})
	}
	n := narration(say(sWakes, proc(1)), say(sClose, proc(1001), 3))
	if n.Lang(lang.EN) != "init (pid 1) wakes up; pid 1001 closes fd 3" || n.Lang(lang.ZH) != "1 号进程 init 被唤醒；进程 1001 关闭 fd 3" {
		t.Errorf("joined narration = %+v", n)
	}
}
