# no bug: a local name bound to the shared list is the same list: appends through it are seen by everyone
import threading

events = []
lock = threading.Lock()


def record(kind):
    log = events
    with lock:
        log.append(kind)


ts = [threading.Thread(target=record, args=(k,)) for k in ("start", "stop")]
for t in ts:
    t.start()
for t in ts:
    t.join()
event_count = len(events)
print(event_count)
