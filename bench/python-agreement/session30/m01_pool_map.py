from multiprocessing import Pool


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def summarize(pairs):
    longest = max(pairs, key=lambda p: p[1])
    return {"longest": longest, "total": sum(s for _, s in pairs)}


if __name__ == "__main__":
    numbers = [6, 7, 9, 12, 27]
    with Pool(processes=2) as pool:
        steps = pool.map(collatz_steps, numbers)
        doubled = pool.map(collatz_steps, [n * 2 for n in numbers])
    pairs = list(zip(numbers, steps))
    print("steps:", dict(pairs))
    print("summary:", summarize(pairs))
    print("doubling adds one:", all(d == s + 1 for d, s in zip(doubled, steps)))
