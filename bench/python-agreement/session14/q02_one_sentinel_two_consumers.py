# Known bug: only one sentinel for two consumers, so one consumer never sees it and waits until get(timeout=...) raises queue.Empty (starved == 1)
import queue
import threading

jobs = queue.Queue()
done = 0
starved = 0
lock = threading.Lock()


def consumer(name):
    global done, starved
    while True:
        try:
            job = jobs.get(timeout=0.1)
        except queue.Empty:
            print(f"{name}: no sentinel, giving up")
            with lock:
                starved += 1
            return
        if job is None:
            print(f"{name}: got sentinel")
            return
        with lock:
            done += 1


def main():
    consumers = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(2)]
    for c in consumers:
        c.start()
    for job in range(4):
        jobs.put(job)
    jobs.put(None)  # BUG: one sentinel, two consumers
    for c in consumers:
        c.join()
    print(f"done={done} starved={starved}")


if __name__ == "__main__":
    main()
