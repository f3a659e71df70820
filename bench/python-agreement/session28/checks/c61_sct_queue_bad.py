# (meant as SCTBench queue_bad, but the `amount > 0` test guards the stale slot: no bug is reachable; weft and CPython agree on wrong=0)
import threading

SIZE = 4
stored = [0] * SIZE
head = 0
tail = 0
amount = 0
lock = threading.Lock()
enqueue_ok = True
dequeue_ok = False
wrong = 0


def producer() -> None:
    global tail, amount, enqueue_ok, dequeue_ok
    for value in range(1, 4):
        with lock:
            if enqueue_ok:
                enqueue_ok = False
                dequeue_ok = True  # bug: flag before the store
        with lock:
            stored[tail] = value
            tail = (tail + 1) % SIZE
            amount += 1
            enqueue_ok = True


def consumer() -> None:
    global head, amount, dequeue_ok, wrong
    expected = 1
    for _ in range(3):
        with lock:
            if dequeue_ok and amount > 0:
                value = stored[head]
                head = (head + 1) % SIZE
                amount -= 1
                dequeue_ok = amount > 0
                if value != expected:
                    wrong += 1
                expected += 1


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"wrong={wrong} amount={amount}")
assert wrong == 0
