import queue
import threading

SENTINEL = None


def producer(q, items, n_consumers):
    for item in items:
        q.put(item)
    for _ in range(n_consumers):
        q.put(SENTINEL)


def consumer(q, out, lock):
    while True:
        item = q.get()
        if item is SENTINEL:
            break
        with lock:
            out.append(item.upper())


def main():
    q = queue.Queue()
    out = []
    lock = threading.Lock()
    consumers = [threading.Thread(target=consumer, args=(q, out, lock)) for _ in range(2)]
    for c in consumers:
        c.start()
    producer(q, ["a", "b", "c", "d"], len(consumers))
    for c in consumers:
        c.join()
    print(sorted(out))


if __name__ == "__main__":
    main()
