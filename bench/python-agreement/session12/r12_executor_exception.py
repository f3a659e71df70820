from concurrent.futures import ThreadPoolExecutor
failed = 0
def job(n):
    assert n != 2
    return n
with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(job, i) for i in range(4)]
    for f in fs:
        if f.exception() is not None:
            failed += 1
print(failed)
