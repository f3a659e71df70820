from multiprocessing import Pool


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        steps = pool.map(collatz_steps, range(1, 9))
    longest = max(steps)
    total = sum(steps)
    print(f"steps={steps} longest={longest} total={total}")
    assert steps == [0, 1, 7, 2, 5, 8, 16, 3]
