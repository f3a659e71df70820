from multiprocessing import Pool

def risky(n):
    if n == 2:
        raise ValueError(n)
    return n

if __name__ == "__main__":
    caught = 0
    with Pool(2) as pool:
        try:
            values = pool.map(risky, [1, 2, 3])
        except ValueError:
            caught = 1
