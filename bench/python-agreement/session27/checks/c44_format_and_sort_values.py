"""str.format widths, %-formatting, .0f rounding half to even, sorted(reverse=True) keeps ties in order."""
import threading

out: list[str] = []


def build(x: float) -> None:
    out.append("{:>6}|{:<4}|{:^5}|".format("id", 7, "ok"))
    out.append("%d items, %5.2f avg, %s" % (3, x, "done"))
    out.append(f"{0.5:.0f} {2.5:.0f} {1.25:.1f} {x:e}")
    out.append(", ".join(str(n) for n in [3, 1, 2]))
    out.append(str(int("  42 ") + 1))


t = threading.Thread(target=build, args=(3.14159,))
t.start()
t.join()
print(out)
