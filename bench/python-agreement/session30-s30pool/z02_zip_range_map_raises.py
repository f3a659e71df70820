"""for i, square in zip(range(4), pool.map(check, range(4))), where one job raises (threads: a process pool that cancels its jobs is refused).

The results come in order; the loop records each before the failing one, then the job's exception
comes out of the loop at its turn."""
from concurrent.futures import ThreadPoolExecutor

recorded: dict[int, int] = {}
failed = 0


def check(n: int) -> int:
    if n == 2:
        raise ValueError("two")
    return n * n


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        try:
            for i, square in zip(range(4), pool.map(check, range(4))):
                recorded[i] = square
        except ValueError:
            failed = 1
    print(recorded, failed)
    assert failed == 1 and recorded == {0: 0, 1: 1}
