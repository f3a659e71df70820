# SILENT ERROR (realistic). CPython (every run): ['ann:A-1', 'bob:unknown', 'cy:C-3', 'dee:D-4',
# 'eve:unknown']. weft (start binary): `deadlock` alone, "complete within a 20ms time window": a false
# deadlock report. Each unknown client's KeyError leaves `with seats:` without giving the seat back in
# weft (same cause as r04), so after two unknown clients no seat is left.
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
