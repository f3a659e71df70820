# ordered
# An explicit raise inside `with sem:` in a thread, caught outside the with: released.
import threading

log = []
sem = threading.Semaphore(1)


def worker(item):
    try:
        with sem:
            if item == "cake":
                raise KeyError(item)
            log.append(item)
    except KeyError:
        log.append("missing")
    with sem:
        log.append("again")


t = threading.Thread(target=worker, args=("cake",))
t.start()
t.join()
print(log)
