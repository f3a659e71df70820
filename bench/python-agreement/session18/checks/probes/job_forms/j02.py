from concurrent.futures import ThreadPoolExecutor


x = 0


def job(text):
    return len(text.split())


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, "to be")
    x = f.result()
