from concurrent.futures import ProcessPoolExecutor


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


if __name__ == "__main__":
    numbers = [6, 7, 9]
    with ProcessPoolExecutor(max_workers=2) as executor:
        steps = list(executor.map(collatz_steps, numbers))
    print(dict(zip(numbers, steps)))
