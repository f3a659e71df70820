# A realistic license server: three clients check out a seat (a Semaphore of 2 seats) and look up their
# license key under it; an unknown client's KeyError is handled outside the `with`, and the seat must
# come back for the clients after it.
import threading
import time

log = []
seats = threading.Semaphore(2)
licenses = {"ann": "A-1", "cy": "C-3", "dee": "D-4"}
lock = threading.Lock()


def client(name):
    try:
        with seats:
            key = licenses[name]
            time.sleep(0.002)
            with lock:
                log.append(f"{name}:{key}")
    except KeyError:
        with lock:
            log.append(f"{name}:unknown")


def run(names):
    for name in names:
        client(name)


threads = [threading.Thread(target=run, args=(["bob", "ann"],)),
           threading.Thread(target=run, args=(["eve", "cy"],)),
           threading.Thread(target=run, args=(["dee"],))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
