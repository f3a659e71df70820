from concurrent.futures import ThreadPoolExecutor

got = []
failed = 0


def inverse(x):
    return 100 // x


with ThreadPoolExecutor(max_workers=2) as ex:
    try:
        for r in ex.map(inverse, [5, 0, 4]):
            got.append(r)
    except ZeroDivisionError:
        failed = 1
print(got, failed)
