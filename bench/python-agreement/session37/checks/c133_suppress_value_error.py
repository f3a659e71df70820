import contextlib
import threading

log = []


def job(text):
    with contextlib.suppress(ValueError):
        log.append(int(text))
    log.append(f"after {text}")


threads = [threading.Thread(target=job, args=(t,)) for t in ("1", "x")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
