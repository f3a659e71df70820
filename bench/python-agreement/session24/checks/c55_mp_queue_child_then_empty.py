"""A child puts into a multiprocessing.Queue and exits; the parent joins it, then polls with empty() before get()."""
import multiprocessing


def child(q):
    q.put("hello")


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    p.join()
    got = ""
    if not q.empty():
        got = q.get()
    print(repr(got))
