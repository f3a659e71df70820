from concurrent.futures import ThreadPoolExecutor


x = 0


def job(text):
    left, right = text.split(",")
    return right + left


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, "a,b")
    x = f.result()
