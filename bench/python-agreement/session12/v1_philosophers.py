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
ts = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(meals))
