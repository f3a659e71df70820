# An RLock held twice by one thread: another thread waits until both releases.
import threading

rlock = threading.RLock()
trace = []


def nested(name):
    with rlock:
        trace.append(f"{name}1")
        with rlock:
            trace.append(f"{name}2")
        trace.append(f"{name}3")


threads = [threading.Thread(target=nested, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
