# a child process puts at once; the parent's get(timeout=0.03) gets it on Linux (fork)
import multiprocessing as mp
import queue


def child(q):
    q.put(1)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    try:
        got = q.get(timeout=0.03)
    except queue.Empty:
        got = 0
    p.join()
    print(got)
