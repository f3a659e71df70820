"""The greatest name seen, by Python's string order (< by code points), kept without a lock; a log line
made with repr(); both depend on the interleaving."""
import threading
import time

greatest = ""
log = ""


def see(name):
    global greatest, log
    current = greatest
    time.sleep(0.001)
    if name > current:
        greatest = name
    log = log + repr(name) + str(name < "b") + repr(7) + repr(None)


threads = [threading.Thread(target=see, args=(n,)) for n in ("alice", "Bob", "bea")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(greatest, log)
