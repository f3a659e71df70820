"""String forms computed in a thread: title, zfill, join, repr in f-strings, comparisons."""
import threading

names = ["ada lovelace", "alan turing"]
out = []


def fmt():
    for i, n in enumerate(names):
        out.append(f"{i:02d}:{n.title()}")
    out.append(str(7).zfill(3))
    out.append(f"{names[0]!r}")
    out.append("-".join(sorted(names, reverse=True)))
    out.append(f"{3.14159:.2f}|{1/3:.3}|{10:>4}")


t = threading.Thread(target=fmt)
t.start()
t.join()
print(out)
