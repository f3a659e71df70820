# Ride dispatch: drivers poll a request queue with a timeout and go off shift after an idle period.
import queue
import threading
import time

requests = queue.Queue()
trips = []
off_shift = []
lock = threading.Lock()


def driver(name):
    while True:
        try:
            rider = requests.get(timeout=0.2)
        except queue.Empty:
            with lock:
                off_shift.append(name)
            return
        time.sleep(0.002)  # drive
        with lock:
            trips.append((name, rider))


drivers = [threading.Thread(target=driver, args=(name,)) for name in ["d1", "d2"]]
for d in drivers:
    d.start()
for rider in ["r1", "r2", "r3", "r4"]:
    requests.put(rider)
    time.sleep(0.001)
for d in drivers:
    d.join()

riders = sorted(rider for _, rider in trips)
print(f"riders={riders} off_shift={sorted(off_shift)}")
