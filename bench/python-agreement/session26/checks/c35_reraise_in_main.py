from concurrent.futures import ThreadPoolExecutor

caught: list[str] = []
values: list[int] = []


def parse(text: str) -> int:
    return int(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(parse, s) for s in ["12", "x", "30"]]
    for fut in futures:
        try:
            values.append(fut.result())
        except ValueError as exc:
            caught.append(type(exc).__name__)
total = sum(values)
print(values, caught)
