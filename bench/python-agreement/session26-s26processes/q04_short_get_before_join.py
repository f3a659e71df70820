"""A child not joined yet puts; a 5 ms `get` races its put (and feeder) by their times, which weft's time window explores."""
import multiprocessing
import queue


def produce(q):
    q.put(7)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    child = multiprocessing.Process(target=produce, args=(q,))
    child.start()
    try:
        got = q.get(timeout=0.005)
    except queue.Empty:
        got = 0
    child.join()
    print(got)
