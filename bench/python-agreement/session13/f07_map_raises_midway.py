# Known behaviour: executor.map re-raises the first job's exception while iterating, so only the results before it are collected (collected == [10, 5], the loop then fails).
from concurrent.futures import ThreadPoolExecutor

collected = []
failed = 0


def parse(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


with ThreadPoolExecutor(max_workers=3) as executor:
    try:
        for value in executor.map(parse, [10, 5, -1, 7]):
            collected.append(value)
    except ValueError:
        failed = 1
print(collected, failed)
