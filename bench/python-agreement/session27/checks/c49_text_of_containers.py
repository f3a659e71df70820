"""The text of dicts and lists made at run time: bools, None, floats, quotes inside strings."""
import threading

texts: list[str] = []


def describe(n: int, name: str) -> None:
    texts.append(str((n > 2, None, name)))
    texts.append(f"{n >= 3!s:>6}|{name!r:>8}|{None}")
    texts.append(repr(name))
    texts.append(f"{n > 1}-{not n}")


t = threading.Thread(target=describe, args=(3, "it's"))
t.start()
t.join()
for line in texts:
    print(line)
