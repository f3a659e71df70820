"""A list a function returns (`return sorted(log)`, `return list(got)`), bound by the caller in a
thread and at module level: `in`, `len`, a loop over it, an index, `==` with a display."""
import threading

log = []
lock = threading.Lock()
found = []


def record(name):
    with lock:
        log.append(name)


def snapshot():
    return sorted(log)


def first_two():
    return log[:2]


def checker():
    seen = snapshot()
    if "a" in seen:
        found.append(len(seen))


threads = [threading.Thread(target=record, args=(n,)) for n in ("b", "a")]
threads.append(threading.Thread(target=checker))
for t in threads:
    t.start()
for t in threads:
    t.join()
final = snapshot()
head = first_two()
total = 0
for name in final:
    total += len(name)
print("final:", final, "head:", head, "found:", found, "total:", total, "same:", final == ["a", "b"], final[0])
