# A daemon thread still running when the main thread prints and exits: its later items never happen.
import threading
import time

log = []


def heartbeat():
    for beat in range(3):
        log.append(f"beat{beat}")
        time.sleep(0.05)


threading.Thread(target=heartbeat, daemon=True).start()
time.sleep(0.01)
print(log)
