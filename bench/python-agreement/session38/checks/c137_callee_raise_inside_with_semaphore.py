# ordered
# A called function raises (an explicit raise) inside the caller's `with sem:`; caught outside.
import threading

log = []
sem = threading.Semaphore(1)


def check(item):
    if item == "cake":
        raise ValueError(item)
    return item


def worker(items):
    for item in items:
        try:
            with sem:
                log.append(check(item))
        except ValueError:
            log.append("bad")


t = threading.Thread(target=worker, args=(["cake", "tea"],))
t.start()
t.join()
print(log)
