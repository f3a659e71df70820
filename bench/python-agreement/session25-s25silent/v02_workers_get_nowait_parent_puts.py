"""The parent puts jobs, workers take them with get_nowait() until queue.Empty: a worker may see Empty before the parent's feeder wrote a job (refused)."""
import multiprocessing
import queue


def work(jobs, results):
    done = 0
    while True:
        try:
            jobs.get_nowait()
        except queue.Empty:
            break
        done += 1
    results.put(done)


if __name__ == "__main__":
    jobs = multiprocessing.Queue()
    results = multiprocessing.Queue()
    for n in range(4):
        jobs.put(n)
    procs = [multiprocessing.Process(target=work, args=(jobs, results)) for _ in range(2)]
    for p in procs:
        p.start()
    total = results.get() + results.get()
    for p in procs:
        p.join()
    print(total)
