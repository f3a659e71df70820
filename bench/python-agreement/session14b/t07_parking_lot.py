# Expected: a Semaphore(2) parking lot never holds more than 2 cars (max_inside <= 2, no bug).
import random
import threading
import time

spaces = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
max_inside = 0
parked = 0


def car(number):
    global inside, max_inside, parked
    with spaces:
        with lock:
            inside += 1
            max_inside = max(max_inside, inside)
        time.sleep(random.uniform(0.001, 0.005))
        with lock:
            inside -= 1
            parked += 1


cars = []
for n in range(4):
    t = threading.Thread(target=car, args=(n,))
    cars.append(t)
    t.start()
for t in cars:
    t.join()
assert max_inside <= 2
print(f"parked={parked} max_inside={max_inside} inside={inside}")
