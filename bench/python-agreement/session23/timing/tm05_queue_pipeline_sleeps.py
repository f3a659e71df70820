# timing: producer makes 5 items at 10 ms each, consumer handles each in 15 ms (makespan about 10 + 5*15 = 85 ms)
import queue
import threading
import time


def producer(q):
    for i in range(5):
        time.sleep(0.01)
        q.put(i)
    q.put(None)


def consumer(q, out):
    while (item := q.get()) is not None:
        time.sleep(0.015)
        out.append(item)


def main():
    q = queue.Queue()
    out = []
    threads = [threading.Thread(target=producer, args=(q,)), threading.Thread(target=consumer, args=(q, out))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(out)


main()
