# variant of m01_pool_map_imap.py: the smallest edit past its refusal
from multiprocessing import Pool


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def describe(pair):
    n, steps = pair
    return f"{n}->{steps}"


if __name__ == "__main__":
    numbers = [6, 7, 9, 27]
    with Pool(processes=2) as pool:
        steps = pool.map(collatz_steps, numbers)
        labels = list(pool.imap(describe, [(numbers[i], steps[i]) for i in range(len(numbers))]))
        pending = pool.apply_async(collatz_steps, (97,))
        longest = pending.get(timeout=2)
    print(steps)
    print(", ".join(labels))
    print("97 takes", longest)
