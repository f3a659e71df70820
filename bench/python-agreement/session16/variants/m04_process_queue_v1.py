# no bug: a producer process sends jobs over a multiprocessing.Queue, the parent collects them until the sentinel
import multiprocessing as mp

DONE = "DONE"


def producer(q):
    for n in range(1, 4):
        q.put(n * n)
    q.put(DONE)


collected = []

if __name__ == "__main__":
    q = mp.Queue()
    proc = mp.Process(target=producer, args=(q,))
    proc.start()
    while (msg := q.get()) != DONE:
        collected.append(msg)
    proc.join()
    print("collected", collected)
    assert collected == [1, 4, 9]
