# A blank line among the lines: its thread computes len("".split()), an empty list, which the engine
# faults on ("an empty tuple or list is Python's, not weft's yet"): weft says incomplete, loud.
import threading

TEXT = """alpha beta gamma

delta epsilon
zeta
"""

total = 0
seen = 0
lock = threading.Lock()


def count(line):
    global total, seen
    words = len(line.split())
    with lock:
        total += words
    current = seen
    seen = current + 1


lines = TEXT.splitlines()
threads = [threading.Thread(target=count, args=(line,)) for line in lines]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total, seen, len(lines))
