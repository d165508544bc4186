package page_test

import (
	"fmt"

	"zombielab/sim/lang"
	"zombielab/web/page"
)

func ExampleRender() {
	md := "## The zombie {#zombie}\n\n" +
		"```zombielab scenario=fork-waitpid step=10\n" +
		"The child has exited; the parent has not waited yet.\n" +
		"```\n"
	p, err := page.Render(lang.EN, []byte(md))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(p.HTML)
	fmt.Println(p.Sections[0].ID, p.Figures[0].Spec.Scenario, p.Figures[0].Spec.Step)
	// Output:
	// <h2 id="zombie">The zombie</h2>
	// <figure class="zl-figure" id="fig-1" data-scenario="fork-waitpid" data-step="10" data-lang="en">
	// <a class="zl-open" href="player.html?scenario=fork-waitpid&amp;step=10">Open fork-waitpid at step 10 in the player</a>
	// <figcaption><span class="zl-fignum">Figure 1</span> The child has exited; the parent has not waited yet.</figcaption>
	// </figure>
	// zombie fork-waitpid 10
}
