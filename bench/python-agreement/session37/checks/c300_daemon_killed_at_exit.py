import threading
import time

log = []


def heartbeat():
    while True:
        time.sleep(0.002)
        log.append("beat")


threading.Thread(target=heartbeat, daemon=True).start()
time.sleep(0.005)
log.append("main done")
count = log.count("beat")
print([count >= 1, count <= 3, log[-1]])
