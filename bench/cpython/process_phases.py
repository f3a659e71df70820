"""Not run by CI or live.py: a diagnostic for docs/fidelity.md ("A fifth quiet run", "The process pool's
own costs"). Where the time of 2 processes x spin(S/2) and of ProcessPoolExecutor(2) x 4 x spin(S/4) goes;
its last line gives weft's machine keys for a pool's own costs (the medians of the rounds).
Usage: python bench/cpython/process_phases.py [ROUNDS]
Every timestamp is time.perf_counter() (CLOCK_MONOTONIC, comparable across processes), relative to t0."""
import time, sys, os, statistics, multiprocessing
from concurrent.futures import ProcessPoolExecutor
clock = time.perf_counter
S = 2000000
def spin(loops):
    while loops: loops -= 1
def timed_spin(loops):
    a = clock(); spin(loops); b = clock()
    return (os.getpid(), a, b)
def child(loops, q):
    q.put(timed_spin(loops))
def pair():
    q = multiprocessing.Queue()
    t0 = clock()
    ps = [multiprocessing.Process(target=child, args=(S // 2, q)) for _ in range(2)]
    forks = []
    for p in ps:
        p.start(); forks.append(clock() - t0)
    for p in ps: p.join()
    end = clock() - t0
    rs = sorted([q.get() for _ in ps], key=lambda r: r[1])
    return dict(end=end, forks=forks, runs=[(a - t0, b - t0) for _, a, b in rs])
def pool():
    t0 = clock()
    with ProcessPoolExecutor(max_workers=2) as ex:
        rs = list(ex.map(timed_spin, [S // 4] * 4))
        mapped = clock() - t0
    end = clock() - t0
    return dict(end=end, mapped=mapped, runs=[(pid % 1000, a - t0, b - t0) for pid, a, b in rs])
def ms(x): return round(x * 1000, 1)
def fork_times(r):
    """Each Process.start() of a pair, as the parent saw it return: the first, then the second's own."""
    return [r["forks"][0]] + [b - a for a, b in zip(r["forks"], r["forks"][1:])]
def handoff_gaps(r):
    """On each worker, from one job's end to its next job's start."""
    by_worker = {}
    for pid, a, b in r["runs"]:
        by_worker.setdefault(pid, []).append((a, b))
    runs = [sorted(v) for v in by_worker.values()]
    return [later[0] - earlier[1] for v in runs for earlier, later in zip(v, v[1:])]
def shutdown_time(r):
    """From the last job's end to the end of the `with` (the result's trip back, the pool shut down)."""
    return r["end"] - max(b for _, _, b in r["runs"])
if __name__ == "__main__":
    forks, gaps, shutdowns = [], [], []
    for rep in range(int(sys.argv[1]) if len(sys.argv) > 1 else 5):
        a = clock(); spin(S // 2); half = clock() - a
        r = pair()
        forks += fork_times(r)
        print(sys.version[:4], "half %.1f" % ms(half), "pair end", ms(r["end"]), "forks", [ms(f) for f in r["forks"]],
              "runs", [(ms(x), ms(y), ms(y - x)) for x, y in r["runs"]])
        a = clock(); spin(S // 4); quarter = clock() - a
        r = pool()
        gaps += handoff_gaps(r)
        shutdowns.append(shutdown_time(r))
        print(sys.version[:4], "quarter %.1f" % ms(quarter), "pool end", ms(r["end"]), "mapped", ms(r["mapped"]),
              "runs", [(p, ms(x), ms(y), ms(y - x)) for p, x, y in r["runs"]])
    # weft's machine keys for a process pool's own costs (docs/fidelity.md, "The process pool's own
    # costs"): the medians of this run. Meaningful only on a quiet machine.
    print("machine: { process_fork: %.1fms, process_pool_handoff: %dus, process_pool_shutdown: %.1fms }"
          % (ms(statistics.median(forks)), round(statistics.median(gaps) * 1e6), ms(statistics.median(shutdowns))))
