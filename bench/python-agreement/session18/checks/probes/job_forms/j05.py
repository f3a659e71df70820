from concurrent.futures import ThreadPoolExecutor

WORDS = ["ab", "cde"]
x = 0


def job(i):
    w = WORDS[i]
    n = 0
    for ch in w:
        n += 1
    return n


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, 1)
    x = f.result()
