# A function that ends with an executor's `with` whose body ends with `return`: the value is computed
# inside the `with` (every job's result), the shutdown waits for every job, then the function returns.
# Called twice, each call its own executor.
from concurrent.futures import ThreadPoolExecutor

done = []


def square(n):
    done.append(n)
    return n * n


def run(items):
    with ThreadPoolExecutor(max_workers=2) as ex:
        futures = [ex.submit(square, x) for x in items]
        return sum(f.result() for f in futures)


first = run([1, 2, 3])
second = run([4])
print(first, second, sorted(done))
