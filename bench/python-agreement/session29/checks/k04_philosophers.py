# BUG: dining philosophers, each takes the left fork then the right: all three can hold one and wait forever
import threading

forks = [threading.Lock() for _ in range(3)]
meals = [0, 0, 0]


def philosopher(i):
    left = forks[i]
    right = forks[(i + 1) % 3]
    with left:
        with right:
            meals[i] += 1


ts = [threading.Thread(target=philosopher, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(meals)
