// The pages' own words (not the walkthrough's): navigation, figure links,
// question buttons, in English and Chinese.

package page

import "zombielab/sim/lang"

// Languages are the languages the site is written in: all of them. The
// first is the default and lives at the site's root, the others in a
// folder named by their code.
var Languages = lang.All()

// uiText is every fixed string of the pages in one language.
type uiText struct {
	LangName     string // the language's own name, on the switch
	SiteTitle    string
	Walkthrough  string
	Gallery      string
	Embedding    string
	Contents     string
	PlayerTitle  string
	OpenPlayer   string // figure link: "Open %s at step %d in the player"
	Figure       string
	Reveal       string
	Right        string
	Wrong        string // followed by the right answer
	Choose       string
	GalleryLead  string
	OpenInPlayer string
	SkipToText   string
}

var ui = map[lang.Lang]uiText{
	lang.EN: {
		LangName:     "EN",
		SiteTitle:    "zombielab",
		Walkthrough:  "Walkthrough",
		Gallery:      "Gallery",
		Embedding:    "Embedding",
		Contents:     "Contents",
		PlayerTitle:  "zombielab player: the scenario of the figure you are reading",
		OpenPlayer:   "Open %s at step %d in the player",
		Figure:       "Figure",
		Reveal:       "Check and play the answer",
		Right:        "Right.",
		Wrong:        "Not quite: the answer is %s.",
		Choose:       "Pick an answer first.",
		GalleryLead:  "Every scenario the simulator ships with. Each one is a plain Python file that real CPython runs unchanged (zombielab verify compares the two); open one to step through it.",
		OpenInPlayer: "Open in the player",
		SkipToText:   "Skip to the text",
	},
	lang.ZH: {
		LangName:     "中文",
		SiteTitle:    "zombielab",
		Walkthrough:  "导读",
		Gallery:      "场景库",
		Embedding:    "嵌入",
		Contents:     "目录",
		PlayerTitle:  "zombielab 播放器：正在阅读的图所对应的场景",
		OpenPlayer:   "在播放器中打开 %s 的第 %d 步",
		Figure:       "图",
		Reveal:       "核对答案并播放",
		Right:        "答对了。",
		Wrong:        "不对，答案是 %s。",
		Choose:       "请先选一个答案。",
		GalleryLead:  "模拟器自带的全部场景。每个场景都是普通的 Python 文件，真实的 CPython 可以原样运行（zombielab verify 会把两边的结果逐条比对）；点开任意一个即可单步观察。",
		OpenInPlayer: "在播放器中打开",
		SkipToText:   "跳到正文",
	},
}

// textFor returns the strings of l, English for a language without them.
func textFor(l lang.Lang) uiText {
	if t, ok := ui[l]; ok {
		return t
	}
	return ui[lang.EN]
}

// rootFor is the relative path from a page in l back to the site's root.
// PicturePath is where the site keeps scenario name's gallery picture in
// l, relative to its root: gallery/NAME.svg in the first language,
// gallery/NAME.LANG.svg in the others (their narration is in that
// language).
func PicturePath(name string, l lang.Lang) string {
	if l == Languages[0] {
		return "gallery/" + name + ".svg"
	}
	return "gallery/" + name + "." + l.String() + ".svg"
}

func rootFor(l lang.Lang) string {
	if l == Languages[0] {
		return ""
	}
	return "../"
}
