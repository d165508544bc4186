package lang_test

import (
	"fmt"

	"zombielab/sim/lang"
)

// A browser's language tag names its language; anything else is an error
// that lists the choices.
func ExampleParse() {
	for _, s := range []string{"zh-CN", "en", "fr"} {
		l, err := lang.Parse(s)
		fmt.Println(l, err)
	}
	// Output:
	// zh <nil>
	// en <nil>
	// en language "fr": want en or zh (a tag such as zh-CN names its language)
}
