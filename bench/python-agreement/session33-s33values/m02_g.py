# session32/m02_process_queue.py with its final values kept in a module dict `final` (agree.py compares
# module globals; m02's are main()'s locals): worker processes send (id, partial sum) pairs back on a
# multiprocessing.Queue, and the parent builds a dict of them with dict(generator).
from multiprocessing import Process, Queue

final = {}


def partial_sum(worker_id, lo, hi, out):
    total = sum(i * i for i in range(lo, hi))
    out.put((worker_id, total))


def main():
    out = Queue()
    bounds = [(0, 0, 5), (1, 5, 10), (2, 10, 12)]
    procs = [Process(target=partial_sum, args=(w, lo, hi, out)) for w, lo, hi in bounds]
    for p in procs:
        p.start()
    results = dict(out.get() for _ in procs)
    for p in procs:
        p.join()
    final["first"] = results[0]
    final["last"] = results[2]
    final["sum"] = sum(results.values())
    final["distinct"] = len(results)


if __name__ == "__main__":
    main()
    print(final)
