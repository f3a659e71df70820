# Check: multiprocessing.Pool.apply_async with a failing job: get() re-raises in the parent; map keeps order. Bug: none.
import multiprocessing as mp

squares = []
error = ""


def sq(x):
    return x * x


def bad(x):
    return 10 // x


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        squares = pool.map(sq, [3, 1, 2])
        r = pool.apply_async(bad, (0,))
        try:
            r.get(timeout=5)
        except ZeroDivisionError:
            error = "ZeroDivisionError"
    print(f"squares={squares} error={error}")
