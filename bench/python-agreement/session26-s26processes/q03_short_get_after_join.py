"""A child's puts are flushed once it is joined (its exit waits for its feeder): a short `get` then finds them."""
import multiprocessing
import queue


def produce(q):
    q.put(7)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    child = multiprocessing.Process(target=produce, args=(q,))
    child.start()
    child.join()
    try:
        got = q.get(timeout=0.001)
    except queue.Empty:
        got = 0
    print(got)
