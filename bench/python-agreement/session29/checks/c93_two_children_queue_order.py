import multiprocessing as mp
import time


def worker(n, delay, q):
    time.sleep(delay)
    q.put(n)


if __name__ == "__main__":
    q = mp.Queue()
    ps = [mp.Process(target=worker, args=(n, d, q)) for n, d in ((1, 0.004), (2, 0.0))]
    for p in ps:
        p.start()
    first = q.get()
    second = q.get()
    for p in ps:
        p.join()
    print(first, second)
