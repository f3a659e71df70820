from concurrent.futures import ThreadPoolExecutor

ok = 0


def risky(n):
    assert n != 2
    return n


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(risky, n) for n in range(3)]
    for f in futures:
        ok += f.result()
print(ok)
