import threading

log = []

def worker():
    for attempt in range(3):
        try:
            if attempt < 2:
                raise ConnectionError()
            log.append(f"ok{attempt}")
            break
        except ConnectionError:
            log.append(f"retry{attempt}")
    else:
        log.append("gave up")

t = threading.Thread(target=worker)
t.start()
t.join()
