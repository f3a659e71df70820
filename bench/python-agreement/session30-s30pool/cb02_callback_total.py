"""with Pool: apply_async with a callback that adds to a global total (a read and a write).

The callbacks run one at a time in the result-handler thread, so no update is lost; get() returns
only after the job's callback has run, so the total read after the gets is complete."""
from multiprocessing import Pool

total = 0
seen = 0


def cube(n):
    return n ** 3


def add_to_total(value):
    global total, seen
    total += value
    seen += 1


if __name__ == "__main__":
    with Pool(2) as pool:
        results = [pool.apply_async(cube, (n,), callback=add_to_total) for n in range(1, 5)]
        values = [r.get() for r in results]
        print(f"after gets: seen={seen} total={total}")
    print(values, total)
    assert total == 100 and seen == 4
