# bug: none
import threading
import time

SPACES = 2
lot = threading.BoundedSemaphore(SPACES)
state_lock = threading.Lock()
parked = set()
max_seen = 0
visits = []


def car(plate, stay):
    global max_seen
    with lot:
        with state_lock:
            parked.add(plate)
            max_seen = max(max_seen, len(parked))
            visits.append(plate)
        time.sleep(stay)
        with state_lock:
            parked.discard(plate)


plates = ["AB-1", "CD-2", "EF-3", "GH-4", "IJ-5"]
cars = [threading.Thread(target=car, args=(p, 0.002 * (i % 3 + 1))) for i, p in enumerate(plates)]
for c in cars:
    c.start()
for c in cars:
    c.join()

try:
    lot.release()
    extra = "released"
except ValueError as exc:
    extra = f"ValueError"

print(f"visits={len(visits)} max_parked={max_seen} still={len(parked)} extra_release={extra}")
