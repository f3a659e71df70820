"""A module list of bools whose items threads set, joined into text after the threads: CPython's
text is 'True, True, False' (before session 21 weft computed the generator at import time from the
display, '0, 0, 0', and the loop's texts were '1'/'0')."""
import threading

flags = [False, False, False]
out = []


def work(i):
    flags[i] = True


threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
text = ", ".join(str(f) for f in flags)
for f in flags:
    out.append(f"{f}")
print(text, out)
