# weft refuses a builtin passed as a job: "`pow` is not defined"
from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=1) as ex:
    value = ex.submit(pow, 2, 5).result()
print(value)
