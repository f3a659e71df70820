# bug: lost update: `hits.value += 1` on a shared Value is a read and a write; its built-in lock is not held across both
from multiprocessing import Process, Value


def visit(hits, n):
    for _ in range(n):
        hits.value += 1


if __name__ == "__main__":
    hits = Value("i", 0)
    workers = [Process(target=visit, args=(hits, 200)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    final_hits = hits.value
    print("hits:", final_hits)
    assert final_hits == 400, f"lost {400 - final_hits} updates"
