"""JoinableQueue filled by a child that is joined: get_nowait() afterwards in the only reader is exact (imports)."""
import multiprocessing
import queue


def fill(q):
    q.put("a")
    q.put("b")


if __name__ == "__main__":
    q = multiprocessing.JoinableQueue()
    p = multiprocessing.Process(target=fill, args=(q,))
    p.start()
    p.join()
    got = []
    while True:
        try:
            got.append(q.get_nowait())
        except queue.Empty:
            break
        q.task_done()
    print(len(got))
