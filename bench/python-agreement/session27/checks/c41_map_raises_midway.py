"""Executor.map re-raises a task's exception when iteration reaches it; earlier results are kept."""
from concurrent.futures import ThreadPoolExecutor

out: list[int] = []
error = ""


def parse(text: str) -> int:
    return int(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(parse, ["1", "2", "x", "4"]):
            out.append(value)
    except ValueError as exc:
        error = str(exc)
print(out, error)
