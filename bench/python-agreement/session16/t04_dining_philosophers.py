# bug: every philosopher takes the left fork then the right one, so all can hold one fork and deadlock
import threading

N = 3
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N


def philosopher(i):
    left, right = forks[i], forks[(i + 1) % N]
    for _ in range(2):
        with left:
            with right:
                meals[i] += 1


threads = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("meals:", meals)
