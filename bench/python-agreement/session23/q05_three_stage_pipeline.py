import queue
import threading

DONE = "DONE"


def stage(fn, inbox, outbox):
    while True:
        item = inbox.get()
        if item == DONE:
            outbox.put(DONE)
            return
        outbox.put(fn(item))


def main():
    q1 = queue.Queue(maxsize=2)
    q2 = queue.Queue(maxsize=2)
    q3 = queue.Queue()
    threads = [
        threading.Thread(target=stage, args=(lambda x: x + 1, q1, q2)),
        threading.Thread(target=stage, args=(lambda x: x * 2, q2, q3)),
    ]
    for t in threads:
        t.start()
    for i in range(5):
        q1.put(i)
    q1.put(DONE)
    out = []
    while (item := q3.get()) != DONE:
        out.append(item)
    for t in threads:
        t.join()
    print(out)
    assert out == [2, 4, 6, 8, 10]


main()
