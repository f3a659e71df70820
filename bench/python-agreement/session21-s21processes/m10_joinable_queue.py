"""A daemon consumer process marks each item done; the parent waits with JoinableQueue.join()."""
from multiprocessing import JoinableQueue, Lock, Process, Value

handled = 0


def consumer(jobs, counter, lock):
    while True:
        jobs.get()
        with lock:
            counter.value += 1
        jobs.task_done()


if __name__ == "__main__":
    jobs = JoinableQueue()
    counter = Value("i", 0, lock=False)
    lock = Lock()
    worker = Process(target=consumer, args=(jobs, counter, lock), daemon=True)
    worker.start()
    for i in range(4):
        jobs.put(i)
    jobs.join()
    handled = counter.value
    assert handled == 4
