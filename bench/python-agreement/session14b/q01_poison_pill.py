# Expected: two consumers drain five jobs and stop at one poison pill each; total == 15 and every job is handled once (no bug).
import queue
import threading

STOP = None
jobs = queue.Queue()
handled = []
total = 0
total_lock = threading.Lock()


def consumer():
    global total
    while True:
        item = jobs.get()
        if item is STOP:
            break
        with total_lock:
            total += item
            handled.append(item)


def producer():
    for n in range(1, 6):
        jobs.put(n)
    for _ in range(2):
        jobs.put(STOP)


def main():
    consumers = [threading.Thread(target=consumer) for _ in range(2)]
    for c in consumers:
        c.start()
    p = threading.Thread(target=producer)
    p.start()
    p.join()
    for c in consumers:
        c.join()
    print(f"total={total} handled={sorted(handled)}")


if __name__ == "__main__":
    main()
