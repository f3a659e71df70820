from concurrent.futures import ProcessPoolExecutor

counter = 0


def bump(n: int) -> int:
    global counter
    counter += n
    return counter


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as ex:
        a = ex.submit(bump, 1).result()
        b = ex.submit(bump, 10).result()
    parent = counter
    print(a, b, parent)
