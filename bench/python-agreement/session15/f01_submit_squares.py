# no bug: submit() a task per number and add up the results
from concurrent.futures import ThreadPoolExecutor


def square(n):
    return n * n


with ThreadPoolExecutor(max_workers=3) as executor:
    futures = [executor.submit(square, n) for n in range(5)]
    total = sum(f.result() for f in futures)

assert total == 30
print(total)
