from concurrent.futures import ThreadPoolExecutor
log = []
def inv(x):
    return 10 // x
with ThreadPoolExecutor(2) as pool:
    try:
        for v in pool.map(inv, [1, 0, 5]):
            log.append(v)
    except ZeroDivisionError:
        log.append('zero')
print(log)
