"""Dining philosophers who give up their left fork when the right one does not come in time."""
import threading
import time

forks = [threading.Lock() for _ in range(3)]
meals = 0
meal_lock = threading.Lock()
gave_up = 0


def philosopher(seat):
    global meals, gave_up
    left = forks[seat]
    right = forks[(seat + 1) % 3]
    with left:
        time.sleep(0.01)
        if right.acquire(timeout=0.05):
            with meal_lock:
                meals += 1
            right.release()
        else:
            with meal_lock:
                gave_up += 1


diners = [threading.Thread(target=philosopher, args=(seat,)) for seat in range(3)]
for d in diners:
    d.start()
for d in diners:
    d.join()
print("meals:", meals, "gave up:", gave_up)
