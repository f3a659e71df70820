from concurrent.futures import ThreadPoolExecutor
errors = 0
def risky(n):
    if n == 1:
        raise ValueError("bad")
    return n
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(risky, n) for n in range(3)]
    for f in fs:
        try:
            f.result()
        except ValueError:
            errors += 1
print(errors)
