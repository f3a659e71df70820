"""ProcessPoolExecutor.map over a CPU function with a chunksize, results zipped back with their inputs."""
from concurrent.futures import ProcessPoolExecutor


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


numbers = [6, 7, 27, 97, 871]
steps: dict[int, int] = {}
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        for n, s in zip(numbers, executor.map(collatz_steps, numbers, chunksize=2)):
            steps[n] = s
    longest = max(steps, key=steps.get)
    print(f"longest: {longest} ({steps[longest]} steps)")
    assert steps == {6: 8, 7: 16, 27: 111, 97: 118, 871: 178}
