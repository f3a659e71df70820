# m01 with a hand-written linear congruential generator in place of random.Random(seed).
import multiprocessing


def roll_batch(seed):
    state = seed
    counts = [0] * 6
    for _ in range(200):
        state = (state * 1103515245 + 12345) % 2147483648
        counts[state % 6] += 1
    return counts


def main():
    with multiprocessing.Pool(processes=2) as pool:
        batches = pool.map(roll_batch, [11, 22, 33, 44])
    histogram = [sum(batch[face] for batch in batches) for face in range(6)]
    print(f"rolls={sum(histogram)} histogram={histogram}")


if __name__ == "__main__":
    main()
