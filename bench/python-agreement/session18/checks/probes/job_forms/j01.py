from concurrent.futures import ThreadPoolExecutor


x = 0


def job(text):
    n = 0
    for ch in text:
        n += 1
    return n


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, "to be")
    x = f.result()
