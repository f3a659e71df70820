from concurrent.futures import ThreadPoolExecutor

done = []

def job(n):
    if n == 1:
        raise ValueError()
    done.append(n)

with ThreadPoolExecutor(max_workers=2) as ex:
    ex.map(job, [0, 1, 2])
count = len(done)
