"""`multiprocessing.Value(ctypes.c_double, ...)` and `Array(c_int, ...)`: ctypes types as typecodes;
a child halves the double and counts in the ints; main reads them after the join."""
import ctypes
import multiprocessing
from ctypes import c_int


def halve(level, counts):
    for _ in range(3):
        level.value = level.value / 2
        counts[0] += 1


if __name__ == "__main__":
    level = multiprocessing.Value(ctypes.c_double, 10)
    counts = multiprocessing.Array(c_int, 2)
    child = multiprocessing.Process(target=halve, args=(level, counts))
    child.start()
    child.join()
    final = level.value
    done = counts[0]
    print(final, done)
