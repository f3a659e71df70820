"""`r = pool.apply_async(f, args)` then `r.get(timeout=5)` of a quick job: weft lists a fault CPython never shows."""
import multiprocessing


def describe(word, times):
    return word * times


echoed = ""

if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        async_result = pool.apply_async(describe, ("ab", 3))
        echoed = async_result.get(timeout=5)
    print(echoed)
