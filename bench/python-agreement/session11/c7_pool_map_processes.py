"""multiprocessing.Pool.map: each process works on its own copy of a global."""
import multiprocessing

count = 0


def bump(n):
    global count
    count += n
    return count


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = pool.map(bump, [1, 2, 3])
    print(count, sum(results))
