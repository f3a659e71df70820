"""A child puts 3000 (index, text) tuples; the parent joins before getting: past the pipe's capacity, CPython deadlocks (refused)."""
import multiprocessing


def produce(q):
    for n in range(3000):
        q.put((n, "row"))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q,))
    p.start()
    p.join()
    got = 0
    for _ in range(3000):
        q.get()
        got += 1
    print(got)
