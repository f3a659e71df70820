# a pool's worker process keeps its globals between jobs: with one worker the calls count 1, 2, 3
from concurrent.futures import ProcessPoolExecutor

calls = 0


def count_call(_):
    global calls
    calls += 1
    return calls


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        seen = list(ex.map(count_call, range(3)))
    total = sum(seen)
    last = seen[-1]
    print(seen, total, last, calls)
