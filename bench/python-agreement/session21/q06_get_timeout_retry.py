import queue
import threading
import time


def slow_producer(q):
    for i in range(3):
        time.sleep(0.05)
        q.put(f"msg{i}")


def main():
    q = queue.Queue(maxsize=1)
    t = threading.Thread(target=slow_producer, args=(q,))
    t.start()
    received = []
    empty_polls = 0
    while len(received) < 3:
        try:
            received.append(q.get(timeout=0.2))
        except queue.Empty:
            empty_polls += 1
            if empty_polls > 5:
                break
    t.join()
    print("received:", received)
    print("gave up:", empty_polls > 5)
    try:
        q.get_nowait()
    except queue.Empty:
        print("queue drained")


main()
