"""Threads take a line each from a queue and record its longest and shortest word.

`max(words, key=len)` and `min(words, key=len)` of a split's parts keep the first of equal lengths;
`default="-"` is given, for an empty line (weft's engine does not yet take the empty tuple of
`"".split()`: a loud fault, so the lines here have words)."""
import queue
import threading

lines = queue.Queue()
for text in ("the cat sat", "a bb cc d", "one"):
    lines.put(text)
longest = {}
shortest = {}


def worker(n):
    text = lines.get()
    words = text.split()
    longest[text] = max(words, key=len, default="-")
    if len(words) > 0:
        shortest[text] = min(words, key=len)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(longest, shortest)
