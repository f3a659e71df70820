"""A global list drained by a swap with a new empty one (`batch, pending = pending, []`) under a lock,
while two producers append under it: every item is flushed exactly once."""
import threading

pending = []
flushed = []
lock = threading.Lock()


def produce(tag):
    for i in range(2):
        with lock:
            pending.append(f"{tag}{i}")


def flush():
    global pending
    with lock:
        batch, pending = pending, []
    for item in batch:
        flushed.append(item)


producers = [threading.Thread(target=produce, args=(t,)) for t in ("a", "b")]
flusher = threading.Thread(target=flush)
for p in producers:
    p.start()
flusher.start()
for p in producers:
    p.join()
flusher.join()
flush()
print(sorted(flushed), len(pending))
