from concurrent.futures import ThreadPoolExecutor


x = 0


def job(text):
    return sum(1 for ch in text if ch == "l")


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, "hello")
    x = f.result()
