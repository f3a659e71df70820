from concurrent.futures import ThreadPoolExecutor

errors = 0
value = 0

ex = ThreadPoolExecutor(max_workers=1)
value = ex.submit(pow, 2, 5).result()
ex.shutdown()
try:
    ex.submit(pow, 2, 6)
except RuntimeError:
    errors += 1
print(value, errors)
