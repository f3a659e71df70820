# BUG: deadlock: every philosopher takes the left fork first, so all can hold one fork and wait forever
import threading
import time

N = 3
forks = [threading.Lock() for _ in range(N)]
eaten = {}


def philosopher(seat):
    left = forks[seat]
    right = forks[(seat + 1) % N]
    with left:
        time.sleep(0.0001)  # reach for the other fork
        with right:
            eaten[seat] = eaten.get(seat, 0) + 1


diners = []
for seat in range(N):
    t = threading.Thread(target=philosopher, args=(seat,), daemon=True)
    diners.append(t)
    t.start()
for t in diners:
    t.join(timeout=0.3)

stuck = [t.name for t in diners if t.is_alive()]
print("eaten:", sorted(eaten.items()))
print("stuck:", len(stuck))
