# Check: repr vs str of values in f-strings: strings, None, bools, tuples, nested quotes. Bug: none.
import threading

out = []


def worker():
    out.append(f"{'it''s'!r}")
    out.append(f"{'a'!r}")
    out.append(f"{None!r}")
    out.append(f"{(1, 'x')}")
    out.append(repr("q"))
    out.append(str((3,)))
    out.append(f"{True:>5}")


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"out={out}")
