# Expected: total == 55 and consumed == 10 (no bug: one None sentinel per consumer)
import queue
import threading

q = queue.Queue()
total = 0
consumed = 0
lock = threading.Lock()
NUM_CONSUMERS = 2


def producer():
    for i in range(1, 11):
        q.put(i)
    for _ in range(NUM_CONSUMERS):
        q.put(None)  # sentinel


def consumer():
    global total, consumed
    while True:
        item = q.get()
        if item is None:
            break
        with lock:
            total += item
            consumed += 1


def main():
    workers = [threading.Thread(target=consumer) for _ in range(NUM_CONSUMERS)]
    for w in workers:
        w.start()
    producer()
    for w in workers:
        w.join()
    print(f"total={total} consumed={consumed}")


if __name__ == "__main__":
    main()
