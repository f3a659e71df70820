# splitlines of a module text with a \r\n end and a final newline: a thread per line adds its word
# count to a shared total under a lock; an unlocked counter of lines races.
import threading

TEXT = """alpha beta gamma\r
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
