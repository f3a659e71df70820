"""A callback of apply_async that raises: CPython's result-handler thread dies with it.

on_result reads a key the table lacks for one value (KeyError). From then on no result of the
pool is set: get() with a time-out raises multiprocessing.TimeoutError, which ends the program.
weft refuses the callback (it may raise) rather than let get() raise the KeyError."""
from multiprocessing import Pool

names = {1: "one", 4: "four"}
seen = []


def square(n):
    return n * n


def on_result(value):
    seen.append(names[value])


if __name__ == "__main__":
    with Pool(2) as pool:
        pending = [pool.apply_async(square, (n,), callback=on_result) for n in (1, 3)]
        values = [r.get(timeout=1) for r in pending]
    print(values, seen)
