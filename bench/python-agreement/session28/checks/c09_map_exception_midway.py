from concurrent.futures import ThreadPoolExecutor

collected: list[int] = []
failed_at = -1


def invert(n: int) -> int:
    return 100 // n


with ThreadPoolExecutor(max_workers=2) as pool:
    try:
        for value in pool.map(invert, [5, 4, 0, 2]):
            collected.append(value)
    except ZeroDivisionError:
        failed_at = len(collected)
print(collected, failed_at)
assert collected == [20, 25] and failed_at == 2
