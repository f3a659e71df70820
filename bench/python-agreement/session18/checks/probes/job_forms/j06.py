from concurrent.futures import ThreadPoolExecutor


x = 0


def job(text):
    return text.count("l") + text.find("o")


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(job, "hello")
    x = f.result()
