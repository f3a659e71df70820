# Worker processes compute partial sums of squares and send them back on a multiprocessing.Queue.
from multiprocessing import Process, Queue


def partial_sum(worker_id, lo, hi, out):
    total = sum(i * i for i in range(lo, hi))
    out.put((worker_id, total))


def main():
    out = Queue()
    bounds = [(0, 0, 5), (1, 5, 10), (2, 10, 12)]
    procs = [Process(target=partial_sum, args=(w, lo, hi, out)) for w, lo, hi in bounds]
    for p in procs:
        p.start()
    results = {}
    for _ in procs:
        w, total = out.get()
        results[w] = total
    for p in procs:
        p.join()
    print("partials", [results[w] for w in sorted(results)])
    print("sum of squares below 12:", sum(results.values()))
    print("exit codes", [p.exitcode for p in procs])


if __name__ == "__main__":
    main()
