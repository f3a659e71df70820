# ProcessPoolExecutor.map with a chunksize: collatz step counts for a few seeds, combined in the parent.
from concurrent.futures import ProcessPoolExecutor


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


seeds = [6, 7, 9, 12, 27]
steps = []
longest = 0


def main():
    global longest
    with ProcessPoolExecutor(max_workers=2) as pool:
        for seed, count in zip(seeds, pool.map(collatz_steps, seeds, chunksize=2)):
            steps.append(count)
            if count > longest:
                longest = count
    print("steps", steps, "longest", longest)


if __name__ == "__main__":
    main()
