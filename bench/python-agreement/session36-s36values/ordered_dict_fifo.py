"""Two producers record events in an OrderedDict under a lock; the oldest is evicted past 3 entries.

`popitem(last=False)` removes the earliest inserted key; `move_to_end` makes a repeated event the newest."""
import threading
from collections import OrderedDict

recent = OrderedDict()
lock = threading.Lock()
evicted = []


def record(name, events):
    for event in events:
        with lock:
            if event in recent:
                recent.move_to_end(event)
            recent[event] = name
            while len(recent) > 3:
                for oldest in recent:
                    evicted.append(oldest)
                    break
                recent.popitem(last=False)


threads = [
    threading.Thread(target=record, args=("a", [1, 2, 3])),
    threading.Thread(target=record, args=("b", [2, 4])),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(recent, evicted)
