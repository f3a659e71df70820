"""Builtins run by `apply_async` and `apply`, with one and two arguments."""
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        largest = pool.apply_async(max, (3, 9))
        smallest = pool.apply(min, (3, 9))
        code = pool.apply_async(ord, ("A",))
        top = largest.get()
        letter = code.get()
    print(top, smallest, letter)
    assert (top, smallest, letter) == (9, 3, 65)
