# Worker processes change a module global; the parent never sees it. No bug (a gotcha).
import multiprocessing

calls = 0
result = []


def square(n):
    global calls
    calls += 1
    return n * n


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        result = pool.map(square, [1, 2, 3, 4])
    print(calls, result)
