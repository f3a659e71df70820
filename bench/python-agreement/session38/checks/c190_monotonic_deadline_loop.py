# A poller retries until a deadline measured with time.monotonic(); the flag is set by another thread.
import threading
import time

log = []
state = {"ready": False}


def poller():
    deadline = time.monotonic() + 0.2
    attempts = 0
    while time.monotonic() < deadline:
        attempts += 1
        if state["ready"]:
            log.append("ready")
            return
        time.sleep(0.005)
    log.append("gave up")


def setter():
    time.sleep(0.02)
    state["ready"] = True


threads = [threading.Thread(target=poller), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
