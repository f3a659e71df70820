from concurrent.futures import ThreadPoolExecutor


x = 0


def job(text):
    words = text.split()
    return len(words)


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, "b a c")
    x = f.result()
