import threading

log = []


def is_big(text):
    return int(text) > 10


def worker(text):
    try:
        if is_big(text):
            log.append("big")
        else:
            log.append("small")
    except ValueError:
        log.append("bad")


threads = [threading.Thread(target=worker, args=(t,)) for t in ("12", "x")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
