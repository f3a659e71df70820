# An elevator controller: one Condition per floor; passengers wait on their floor's condition until
# the car arrives and opens the doors there, then board. The car visits floors 0..3 up and back.
import threading
import time

FLOORS = 4
lock = threading.Lock()
arrived = [threading.Condition(lock) for _ in range(FLOORS)]
car_floor = -1
doors_open = False
boarded = []
waiting = [0, 0, 0, 0]
trips = 0


def passenger(name, floor):
    global waiting
    with lock:
        waiting[floor] += 1
        while not (car_floor == floor and doors_open):
            arrived[floor].wait()
        waiting[floor] -= 1
        boarded.append(name)


def car(route):
    global car_floor, doors_open, trips
    for floor in route:
        time.sleep(0.002)  # travel between floors
        with lock:
            car_floor = floor
            doors_open = True
            arrived[floor].notify_all()
        time.sleep(0.002)  # doors stay open
        with lock:
            doors_open = False
        trips += 1


riders = [("ann", 1), ("bob", 3), ("cy", 2)]
threads = [threading.Thread(target=passenger, args=r) for r in riders]
for t in threads:
    t.start()
time.sleep(0.01)  # everyone is waiting on their floor before the car leaves
controller = threading.Thread(target=car, args=([0, 1, 2, 3, 2, 1, 0],))
controller.start()
controller.join()
for t in threads:
    t.join()

boarded_count = len(boarded)
print(f"boarded={sorted(boarded)} count={boarded_count} waiting={waiting} trips={trips} final_floor={car_floor}")
