from concurrent.futures import ThreadPoolExecutor
counter = 0
def inc(n):
    global counter
    v = counter
    counter = v + n
    return n
with ThreadPoolExecutor(max_workers=3) as ex:
    out = list(ex.map(inc, range(4)))
print(counter, sum(out))
