import multiprocessing as mp


def area(w, h):
    return w * h


def square(n):
    return n * n


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        areas = pool.starmap(area, [(2, 3), (4, 5)])
        squares = sorted(pool.imap_unordered(square, [1, 2, 3]))
    log = areas + squares
    print(log)  # ordered
