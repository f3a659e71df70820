"""Not run by CI or live.py: a diagnostic for docs/fidelity.md ("A fifth quiet run").
Where the time of 2 processes x spin(S/2) and of ProcessPoolExecutor(2) x 4 x spin(S/4) goes.
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
if __name__ == "__main__":
    for rep in range(int(sys.argv[1]) if len(sys.argv) > 1 else 5):
        a = clock(); spin(S // 2); half = clock() - a
        r = pair()
        print(sys.version[:4], "half %.1f" % ms(half), "pair end", ms(r["end"]), "forks", [ms(f) for f in r["forks"]],
              "runs", [(ms(x), ms(y), ms(y - x)) for x, y in r["runs"]])
        a = clock(); spin(S // 4); quarter = clock() - a
        r = pool()
        print(sys.version[:4], "quarter %.1f" % ms(quarter), "pool end", ms(r["end"]), "mapped", ms(r["mapped"]),
              "runs", [(p, ms(x), ms(y), ms(y - x)) for p, x, y in r["runs"]])
