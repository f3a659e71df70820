import threading

N = 3
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
order = []
order_lock = threading.Lock()


def philosopher(i, rounds):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)  # resource ordering avoids deadlock
    for _ in range(rounds):
        with forks[first]:
            with forks[second]:
                meals[i] += 1
                with order_lock:
                    order.append(i)


threads = [threading.Thread(target=philosopher, args=(i, 2), name=f"phil-{i}") for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("meals", meals, "total", sum(meals), "count per phil", {i: order.count(i) for i in range(N)})
