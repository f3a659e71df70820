from concurrent.futures import ProcessPoolExecutor, as_completed

total = 0
names = []


def work(n):
    return n * n, f"job{n}"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(work, n) for n in range(4)]
        for f in as_completed(futs):
            value, name = f.result()
            total += value
            names.append(name)
    names.sort()
    print(total, names)
