"""`multiprocessing.Array('i', 3)`: each of four processes adds to two slots of one shared array, one
slot under the array's own lock and one without it. The unlocked read-modify-write of `counts[2]` across
processes loses updates (weft finds it; CPython rarely shows it in so few adds); the locked slots do not."""
import multiprocessing


def work(counts, slot):
    with counts.get_lock():
        counts[slot] += 1
    counts[2] += 1


if __name__ == "__main__":
    counts = multiprocessing.Array("i", 3)
    processes = [multiprocessing.Process(target=work, args=(counts, k % 2)) for k in range(4)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    slot0 = counts[0]
    slot1 = counts[1]
    unlocked = counts[-1]
    print(len(counts), slot0, slot1, unlocked)
