# A module set global bound twice, both sets: len() and truth in a thread (weft faulted on both before
# session 26, every run).
import threading

TAGS = {"a"}
TAGS = {"a", "b", "c"}
out = []


def worker():
    out.append(len(TAGS))
    if TAGS:
        out.append("nonempty")
    if "b" in TAGS:
        out.append("has b")


t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
