# Check: a dict whose values are lists; threads append to d[key] and read d[key][-1]. Bug: none.
import threading

lanes = {"left": [1], "right": [2]}
last = {}
lock = threading.Lock()


def drive(lane, car):
    with lock:
        lanes[lane].append(car)
        last[lane] = lanes[lane][-1]


ts = [threading.Thread(target=drive, args=a) for a in [("left", 10), ("right", 20)]]
for t in ts:
    t.start()
for t in ts:
    t.join()
sizes = len(lanes["left"]) + len(lanes["right"])
print(f"sizes={sizes} last={last}")
