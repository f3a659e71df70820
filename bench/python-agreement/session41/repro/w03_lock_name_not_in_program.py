# Wrong words (internal name): the refusal names "the lock `total_lock`", a name the program does not have;
# the program's lock is `total.get_lock()` of `total = mp.Value(...)`. The rest of the reason (feeder-thread
# order of multiprocessing.Queue puts) is right. CPython prints: [0, 1] 1
# Command: /work/notes/s41/weft-start import w03_lock_name_not_in_program.py  (from session41 m01_mp_counter.py)

import multiprocessing as mp


def crunch(worker_id, total, out):
    with total.get_lock():
        total.value += worker_id
    out.put(worker_id)


if __name__ == "__main__":
    total = mp.Value("i", 0)
    out = mp.Queue()
    procs = [mp.Process(target=crunch, args=(i, total, out)) for i in range(2)]
    for p in procs:
        p.start()
    got = sorted(out.get() for _ in procs)
    for p in procs:
        p.join()
    print(got, total.value)
