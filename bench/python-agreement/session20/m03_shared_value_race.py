# BUG: race: the processes do `hits.value += 1` on a shared Value without hits.get_lock(), a read and a write that other processes can interleave
import multiprocessing
import time

final_hits = 0


def visit(hits, n):
    for _ in range(n):
        current = hits.value
        time.sleep(0.0005)
        hits.value = current + 1


if __name__ == "__main__":
    hits = multiprocessing.Value("i", 0)
    procs = [multiprocessing.Process(target=visit, args=(hits, 3)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    final_hits = hits.value
    assert final_hits == 6, f"hits={final_hits}"
