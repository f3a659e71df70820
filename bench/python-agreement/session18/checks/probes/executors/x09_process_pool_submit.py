from concurrent.futures import ProcessPoolExecutor, as_completed

got = []

def cube(n):
    return n ** 3

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(cube, n) for n in range(3)]
        for f in as_completed(futs):
            got.append(f.result())
    got.sort()
