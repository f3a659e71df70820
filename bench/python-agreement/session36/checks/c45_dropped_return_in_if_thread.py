"""A thread target calls job(kind) as a statement; job's `return int("x")` is inside `if kind == "bad":`."""
import threading

caught = []


def job(kind):
    if kind == "bad":
        return int("x")
    return 7


def run(kind):
    try:
        job(kind)
    except ValueError:
        caught.append(kind)


threads = [threading.Thread(target=run, args=(k,)) for k in ("good", "bad")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(caught)
