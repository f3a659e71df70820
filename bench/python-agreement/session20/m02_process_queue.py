"""Worker processes send (worker, result) tuples back over a multiprocessing.Queue."""
import multiprocessing as mp

results = {}


def work(worker_id, numbers, out):
    out.put((worker_id, sum(numbers)))


if __name__ == "__main__":
    out = mp.Queue()
    chunks = [[1, 2, 3], [4, 5], [6]]
    procs = [mp.Process(target=work, args=(i, chunk, out)) for i, chunk in enumerate(chunks)]
    for p in procs:
        p.start()
    for _ in procs:
        worker_id, partial = out.get()
        results[f"w{worker_id}"] = partial
    for p in procs:
        p.join()
    grand_total = sum(results.values())
    assert grand_total == 21
