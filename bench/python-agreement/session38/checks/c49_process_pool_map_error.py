# ordered
# ProcessPoolExecutor.map: a worker's exception comes back when its result is reached.
from concurrent.futures import ProcessPoolExecutor

log = []


def root(n):
    if n < 0:
        raise ValueError(f"negative {n}")
    return int(n ** 0.5)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        try:
            for value in pool.map(root, [16, 9, -1, 4]):
                log.append(value)
        except ValueError as e:
            log.append(str(e))
    print(log)
