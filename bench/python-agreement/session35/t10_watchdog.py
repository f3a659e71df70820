"""A watchdog thread checks a heartbeat counter until the worker sets a done Event."""
import threading
import time

heartbeat = 0
done = threading.Event()
checks = []


def worker(steps):
    global heartbeat
    for _ in range(steps):
        time.sleep(0.002)
        heartbeat += 1
    done.set()


def watchdog():
    last = -1
    while not done.wait(timeout=0.003):
        beat = heartbeat
        checks.append("alive" if beat != last else "stalled")
        last = beat
    checks.append("finished")


w = threading.Thread(target=worker, args=(5,))
dog = threading.Thread(target=watchdog, daemon=True)
dog.start()
w.start()
w.join()
dog.join(timeout=1.0)
print("heartbeats:", heartbeat)
print("watchdog ended:", checks[-1] if checks else None)
print("watchdog alive:", dog.is_alive())
