"""A process puts 100 items of 1,000 characters; the main process takes all 100 and joins it: the
feeder writes each item as the reader makes room, so the process exits and the join returns."""
import multiprocessing as mp

taken = 0


def producer(q):
    for i in range(100):
        q.put("x" * 1000)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q,))
    p.start()
    for _ in range(100):
        item = q.get()
        taken += 1
    p.join()
    print(taken)
