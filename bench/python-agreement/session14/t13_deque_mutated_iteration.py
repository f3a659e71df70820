# Known bug: iterating a shared deque while another thread appends raises RuntimeError (deque mutated during iteration)
import threading
import time
from collections import deque

events = deque([1, 2, 3])
total = 0


def reporter():
    global total
    for e in events:
        total += e
        time.sleep(0.002)


def appender():
    for i in range(4, 7):
        time.sleep(0.001)
        events.append(i)


def main():
    r = threading.Thread(target=reporter)
    a = threading.Thread(target=appender)
    r.start()
    a.start()
    r.join()
    a.join()
    print(f"total={total} events={list(events)}")


if __name__ == "__main__":
    main()
