"""A non-daemon thread still running when main's code ends: the interpreter waits for it at exit."""
import threading
import time

log: list[str] = []


def slow_flush() -> None:
    time.sleep(0.05)
    log.append("flushed")


t = threading.Thread(target=slow_flush)
t.start()
t.join(timeout=0.005)
alive_at_end = t.is_alive()
log.append("main done")
print(alive_at_end, log)
