from concurrent.futures import ThreadPoolExecutor


x = 0


def job(text):
    out = ""
    for i, ch in enumerate(text):
        if i % 2 == 0:
            out += ch
    return out


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, "hello")
    x = f.result()
