# Known bug: one sentinel for two consumers; the second consumer blocks forever on get() (hang).
import queue
import threading

jobs = queue.Queue()
handled = 0
handled_lock = threading.Lock()


def consumer():
    global handled
    while True:
        item = jobs.get()
        if item is None:
            break
        with handled_lock:
            handled += 1


def main():
    consumers = [threading.Thread(target=consumer) for _ in range(2)]
    for c in consumers:
        c.start()
    for i in range(4):
        jobs.put(i)
    jobs.put(None)
    for c in consumers:
        c.join()
    print(f"handled {handled}")


if __name__ == "__main__":
    main()
