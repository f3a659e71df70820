"""Wrong words: a `for` over a ProcessPoolExecutor's `map`, whose job unpacks its argument (`low, high =
bounds`, which weft judges may raise), is refused as "cancelling a ProcessPoolExecutor's (or
multiprocessing Pool's) jobs is not supported", though the program cancels nothing. What is meant:
when a job raises, CPython's map iterator cancels the jobs left (`Executor.map`'s `finally`), which the
words do not say, nor that the unpacking is what may raise. A job `return x, x * x` under the same loop
imports. `list(pool.map(...))` inside the `with` imports and agrees (variants/f06_process_prime_sieve_v1.py).
(Held-out f06_process_prime_sieve, 29:9.)

CPython 3.11: total = 9
weft (start binary of session 36): refused at 20:9 with the words above.
"""
from concurrent.futures import ProcessPoolExecutor

total = 0


def odd_count(bounds):
    low, high = bounds
    return len([n for n in range(low, high) if n % 2])


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        for count in pool.map(odd_count, [(2, 10), (10, 20)]):
            total += count
    print(total)
