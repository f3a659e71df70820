# Lighthouse: ships wait for the lamp (an Event) with a timeout; the keeper lights it after a short delay. Bug: none (late ships time out by design).
import threading
import time

lamp = threading.Event()
log_lock = threading.Lock()
docked = []
diverted = []


def ship(name, patience):
    lit = lamp.wait(timeout=patience)
    with log_lock:
        if lit:
            docked.append(name)
        else:
            diverted.append(name)


def keeper():
    time.sleep(0.05)
    lamp.set()


ships = [threading.Thread(target=ship, args=(n, p)) for n, p in [("aurora", 0.5), ("brig", 0.001), ("clipper", 0.5)]]
k = threading.Thread(target=keeper)
for s in ships:
    s.start()
k.start()
for s in ships:
    s.join()
k.join()

docked.sort()
print(f"docked={docked} diverted={diverted} lit={lamp.is_set()}")
