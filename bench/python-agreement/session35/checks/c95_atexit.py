"""atexit callbacks run at interpreter exit, after the threads that are not daemons are joined."""
import atexit
import threading
import time

log = []


def flush():
    log.append(f"flush {len(log)}")
    print(log)


def worker():
    time.sleep(0.005)
    log.append("worker")


atexit.register(flush)
threading.Thread(target=worker).start()
log.append("main")
