"""list() of a generator of multiprocessing.Queue.get() calls, returned by a function: the arrival order."""
import multiprocessing as mp


def report(worker_id, out):
    out.put(f"worker-{worker_id}")


def collect(out, count):
    got = [out.get() for _ in range(count)]
    return list(got)


if __name__ == "__main__":
    out = mp.Queue()
    workers = [mp.Process(target=report, args=(i, out)) for i in range(2)]
    for w in workers:
        w.start()
    arrived = collect(out, len(workers))
    for w in workers:
        w.join()
    print(arrived)
    assert "worker-0" in arrived and "worker-1" in arrived
