"""A process puts 100 items of 1,000 characters; the main process takes 10 of them and joins it. The
process cannot exit until its feeder thread has written the 90 left to the pipe, which holds 64 KiB:
CPython hangs at the join."""
import multiprocessing as mp

taken = 0


def producer(q):
    for i in range(100):
        q.put("x" * 1000)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q,))
    p.start()
    for _ in range(10):
        item = q.get()
        taken += 1
    p.join()
    print(taken)
