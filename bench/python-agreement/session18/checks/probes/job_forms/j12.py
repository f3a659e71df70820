from concurrent.futures import ThreadPoolExecutor


x = 0


def job(text):
    return any(ch == "z" for ch in text)


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, "hello")
    x = f.result()
