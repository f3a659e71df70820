from concurrent.futures import ThreadPoolExecutor

texts = []


def is_even(n):
    return n % 2 == 0


with ThreadPoolExecutor(max_workers=2) as ex:
    flags = list(ex.map(is_even, [1, 2]))
texts.append(f"map {flags[0]} {flags[1]}")
print(texts)
