from concurrent.futures import ThreadPoolExecutor
out = []
def job():
    return (1, 2)
with ThreadPoolExecutor(1) as ex:
    r = ex.submit(job).result()
out.append(2 in r)
print(out)
