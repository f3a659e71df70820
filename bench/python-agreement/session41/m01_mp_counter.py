# bug: none
import multiprocessing as mp


def crunch(worker_id, numbers, total, out):
    subtotal = sum(n * n for n in numbers)
    with total.get_lock():
        total.value += subtotal
    out.put((worker_id, subtotal))


if __name__ == "__main__":
    chunks = [[1, 2, 3], [4, 5], [6, 7, 8, 9]]
    total = mp.Value("i", 0)
    out = mp.Queue()
    procs = [mp.Process(target=crunch, args=(i, c, total, out)) for i, c in enumerate(chunks)]
    for p in procs:
        p.start()
    parts = sorted(out.get() for _ in procs)
    for p in procs:
        p.join()
    codes = [p.exitcode for p in procs]
    print(f"parts={parts} total={total.value} exitcodes={codes}")
