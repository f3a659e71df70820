"""A daemon thread still sleeping when the main thread ends: CPython does not wait for it."""
import threading
import time

log: list[str] = []


def background() -> None:
    log.append("started")
    time.sleep(0.2)
    log.append("finished")


t = threading.Thread(target=background, daemon=True)
t.start()
t.join(timeout=0.02)
alive = t.is_alive()
log_len = len(log)
print(alive, log)
