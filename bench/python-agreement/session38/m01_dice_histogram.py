# Simulate dice rolls in a multiprocessing.Pool: each worker rolls with its own seeded generator, the
# parent merges the histograms.
import multiprocessing
import random


def roll_batch(seed):
    rng = random.Random(seed)
    counts = [0] * 6
    for _ in range(200):
        counts[rng.randint(1, 6) - 1] += 1
    return counts


def main():
    with multiprocessing.Pool(processes=2) as pool:
        batches = pool.map(roll_batch, [11, 22, 33, 44])
    histogram = [sum(batch[face] for batch in batches) for face in range(6)]
    print(f"rolls={sum(histogram)} histogram={histogram}")


if __name__ == "__main__":
    main()
