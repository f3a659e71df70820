"""The same read-only dict given to two process-pool jobs: each reads its copy."""
from concurrent.futures import ProcessPoolExecutor


def scaled(config, n):
    return config["factor"] * n


if __name__ == "__main__":
    config = {"factor": 3}
    with ProcessPoolExecutor(max_workers=2) as executor:
        a = executor.submit(scaled, config, 1)
        b = executor.submit(scaled, config, 2)
        first = a.result()
        second = b.result()
    total = first + second
    print(total)
