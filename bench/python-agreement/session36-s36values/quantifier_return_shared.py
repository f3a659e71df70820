# BUG: the checker reads `levels` while the filler appends to it without a lock, so "all full" can be decided on a partial list.
"""A checker returns `all(level > 0 for level in levels)` of a shared list a filler appends to."""
import threading

levels = []
verdicts = []


def all_full():
    if len(levels) < 2:
        return False
    return all(level > 0 for level in levels)


def filler():
    for level in (3, 5, 0):
        levels.append(level)


def checker():
    for _ in range(2):
        verdicts.append(all_full())


threads = [threading.Thread(target=filler), threading.Thread(target=checker)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(levels, verdicts)
