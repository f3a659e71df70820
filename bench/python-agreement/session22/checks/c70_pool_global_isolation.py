from multiprocessing import Pool

seen = []
total = 0


def work(x):
    global total
    total += x
    seen.append(x)
    return x * 2


if __name__ == "__main__":
    with Pool(2) as pool:
        doubled = pool.map(work, [1, 2, 3])
    print(doubled, total, seen)
