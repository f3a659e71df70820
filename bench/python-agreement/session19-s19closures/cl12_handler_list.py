# A publisher thread calls each handler of a list made at import time; the unlocked counter races.
# CPython 3.11.7 (agree.py, 10 runs): ok len(log)=2 log[0]=1 log[1]=2 received=3 (10 of 10). weft explore: 6 outcome(s), complete, CPython's among them.
import threading

received = 0
log = []
lock = threading.Lock()


def count_event(event):
    global received
    received += event


def log_event(event):
    with lock:
        log.append(event)


HANDLERS = [count_event, log_event]


def publisher(event):
    for handler in HANDLERS:
        handler(event)


threads = [threading.Thread(target=publisher, args=(i,)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(received, sorted(log))
