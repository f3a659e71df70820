from concurrent.futures import ThreadPoolExecutor


x = 0


def job(text):
    i = 0
    while i < len(text) and text[i] != "l":
        i += 1
    return i


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, "hello")
    x = f.result()
