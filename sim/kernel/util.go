// Small helpers shared by several files.

package kernel

import "strconv"

func itoa(i int) string { return strconv.Itoa(i) }
