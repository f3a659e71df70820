"""Refused: a worker puts its result and then marks its job done; the main process joins the jobs
queue and then puts a sentinel into the results queue, which CPython's pipe may receive first."""
from multiprocessing import JoinableQueue, Process, Queue


def worker(jobs, results):
    n = jobs.get()
    results.put(n * 10)
    jobs.task_done()


if __name__ == "__main__":
    jobs = JoinableQueue()
    results = Queue()
    p = Process(target=worker, args=(jobs, results))
    p.start()
    jobs.put(4)
    jobs.join()
    results.put(None)
    first = results.get()
    second = results.get()
    p.join()
    print(first, second)
