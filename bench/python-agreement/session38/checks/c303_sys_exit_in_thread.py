# sys.exit() in a thread raises SystemExit, which ends that thread quietly; `except Exception` does not
# catch it; the program goes on.
import sys
import threading

log = []


def worker():
    try:
        log.append("start")
        sys.exit(3)
    except Exception:
        log.append("caught")
    log.append("after")


t = threading.Thread(target=worker)
t.start()
t.join()
log.append("main done")
print(log)
