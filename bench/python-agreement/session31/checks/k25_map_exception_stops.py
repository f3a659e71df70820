# iterating executor.map stops at the first job that raised; results before it are kept
from concurrent.futures import ThreadPoolExecutor

collected = []
error = ""


def parse(text):
    return int(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(parse, ["1", "2", "x", "4"]):
            collected.append(value)
    except ValueError:
        error = "bad"
print(collected, error)
