# A locked make_id() called inside log.append((tag, make_id())) of a function run by two threads and at module level
import threading

counter = 0
lock = threading.Lock()
log: list = []


def make_id() -> int:
    global counter
    with lock:
        counter += 1
        return counter


def record(tag: str) -> None:
    log.append((tag, make_id()))


threads = [threading.Thread(target=record, args=(t,)) for t in ("x", "y")]
for t in threads:
    t.start()
for t in threads:
    t.join()
record("z")
log.append(("w", make_id()))
print(log)
assert counter == 4
assert len(log) == 4
