# Dining philosophers with a waiter: a Semaphore admits at most N-1 to the table, so no deadlock.
import threading

N = 3
forks = [threading.Lock() for _ in range(N)]
waiter = threading.Semaphore(N - 1)
meals = [0] * N
order = []
order_lock = threading.Lock()


def philosopher(seat, rounds):
    left = forks[seat]
    right = forks[(seat + 1) % N]
    for _ in range(rounds):
        with waiter:
            with left:
                with right:
                    meals[seat] += 1
                    with order_lock:
                        order.append(seat)


threads = []
for seat in range(N):
    t = threading.Thread(target=philosopher, args=(seat, 2), name=f"phil-{seat}")
    threads.append(t)
    t.start()
for t in threads:
    t.join()

total = sum(meals)
by_seat = {f"phil-{seat}": count for seat, count in enumerate(meals)}
print(f"total={total} meals={meals} order_len={len(order)}")
print(by_seat)
