import threading

lock = threading.Lock()
log = []


def record(text):
    with lock:
        if text.startswith("#"):
            return int(text[1:])
    log.append(text)


def worker(text):
    try:
        record(text)
        log.append("recorded")
    except ValueError:
        log.append("bad")


threads = [threading.Thread(target=worker, args=(t,)) for t in ("#x", "plain")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
