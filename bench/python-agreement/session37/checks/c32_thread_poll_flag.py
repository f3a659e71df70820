import threading
import time

state = {"ready": False}
log = []


def setter():
    time.sleep(0.003)
    log.append("set")
    state["ready"] = True


def poller():
    while not state["ready"]:
        time.sleep(0.001)
    log.append("saw")


threads = [threading.Thread(target=poller), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)  # ordered
