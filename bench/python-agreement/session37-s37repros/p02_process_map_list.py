"""What the refusal of p01 advises: `list(pool.map(...))` inside the `with`, then a loop over the results."""
from concurrent.futures import ProcessPoolExecutor

total = 0


def parse(text):
    return int(text) * 2


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        values = list(pool.map(parse, ["1", "2", "3"]))
    for value in values:
        total += value
    print(total)
