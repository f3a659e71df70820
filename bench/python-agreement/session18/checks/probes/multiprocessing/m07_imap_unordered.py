from multiprocessing import Pool

def double(n):
    return n * 2

if __name__ == "__main__":
    got = []
    with Pool(2) as pool:
        for v in pool.imap_unordered(double, [1, 2, 3]):
            got.append(v)
    got.sort()
