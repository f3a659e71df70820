# `clear()` of a shared list racing an `append` and a reader of its length.
import threading

log: list[int] = [5, 6]
counts: dict[int, int] = {1: 1, 2: 2}
size = -1


def wipe() -> None:
    log.clear()
    counts.clear()


def add() -> None:
    log.append(9)
    counts[3] = 3


def look() -> None:
    global size
    size = len(log) * 10 + len(counts)


threads = [threading.Thread(target=f) for f in (wipe, add, look)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log, counts, size)
