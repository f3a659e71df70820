"""A `for` over a ProcessPoolExecutor's `map` whose job may raise (`int` of a text): refused in words about the map's own cancels."""
from concurrent.futures import ProcessPoolExecutor

total = 0


def parse(text):
    return int(text) * 2


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        for value in pool.map(parse, ["1", "2", "3"]):
            total += value
    print(total)
