# ProcessPoolExecutor: a worker's global counter persists across the jobs it runs (max_workers=1: all
# jobs run in one process, in order).
from concurrent.futures import ProcessPoolExecutor

seen = 0


def visit(n):
    global seen
    seen += n
    return seen


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        results = list(pool.map(visit, [1, 2, 3]))
    log = results + [seen]
    print(log)
