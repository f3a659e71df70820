# Deduplicate dataclass events with `if e not in seen` from two threads (under a lock).
import threading
from dataclasses import dataclass

log = []
seen = []
lock = threading.Lock()


@dataclass
class Event:
    kind: str
    user: str


def feed(events):
    for kind, user in events:
        e = Event(kind, user)
        with lock:
            if e not in seen:
                seen.append(e)


threads = [threading.Thread(target=feed, args=([("login", "a"), ("login", "b")],)),
           threading.Thread(target=feed, args=([("login", "a"), ("logout", "a")],))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(len(seen))
print(log)
