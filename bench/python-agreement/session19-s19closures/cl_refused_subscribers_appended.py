# A publisher thread calls every subscriber callback; subscribers count events without a lock.
# CPython 3.11.7 (10 runs): 3 [1, 2] every run. weft import: refused at the append (20:24), naming the list display and the dict of functions.
import threading

received = 0
log = []
subscribers = []


def count_event(event):
    global received
    received += event


def log_event(event):
    log.append(event)


def subscribe(fn):
    subscribers.append(fn)


def publisher(event):
    for cb in subscribers:
        cb(event)


subscribe(count_event)
subscribe(log_event)
threads = [threading.Thread(target=publisher, args=(i,)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(received, sorted(log))
