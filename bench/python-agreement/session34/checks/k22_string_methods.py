# String methods on texts a thread builds.
import threading

out = []
counts = []


def build(name):
    parts = "a,b,,c".split(",")
    counts.append(len(parts))
    out.append(" x ".strip() + name)
    out.append("abc"[::-1])
    out.append("-".join(["p", "q", name]))
    out.append(name.upper().center(7, "*"))
    counts.append("banana".count("an"))
    counts.append("banana".find("z"))
    out.append("Hello World".title().swapcase())


t = threading.Thread(target=build, args=("zed",))
t.start()
t.join()
print(out, counts)
