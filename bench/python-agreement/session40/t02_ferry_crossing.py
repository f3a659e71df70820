# Ferry crossing: a semaphore limits cars on the deck; a lock guards the manifest. Bug: none.
import threading
import time
from collections import Counter

deck = threading.Semaphore(2)
manifest_lock = threading.Lock()
on_deck = 0
max_on_deck = 0
crossed = Counter()
manifest = []


def drive_on(car_id, kind):
    global on_deck, max_on_deck
    with deck:
        with manifest_lock:
            on_deck += 1
            max_on_deck = max(max_on_deck, on_deck)
        time.sleep(0.002)
        with manifest_lock:
            on_deck -= 1
            crossed[kind] += 1
            manifest.append(car_id)


cars = [(i, "truck" if i % 3 == 0 else "car") for i in range(6)]
threads = [threading.Thread(target=drive_on, args=(cid, kind)) for cid, kind in cars]
for t in threads:
    t.start()
for t in threads:
    t.join()

trucks = crossed["truck"]
sedans = crossed["car"]
manifest_sum = sum(manifest)
ok = max_on_deck <= 2 and on_deck == 0
print(f"trucks={trucks} sedans={sedans} manifest_sum={manifest_sum} ok={ok} n={len(manifest)}")
