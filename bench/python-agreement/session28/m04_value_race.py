# BUG: lost update: `hits.value += 1` is a read then a write; the Value's own lock is not held across both
from multiprocessing import Process, Value


def visit(hits, times: int) -> None:
    for _ in range(times):
        hits.value += 1


hits_total = 0

if __name__ == "__main__":
    hits = Value("i", 0)
    procs = [Process(target=visit, args=(hits, 2000)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    hits_total = hits.value
    print(f"hits={hits_total}")
    assert hits_total == 4000, f"lost {4000 - hits_total} hits"
