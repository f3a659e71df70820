# weft refuses a builtin passed as a job: "`pow` is not defined (weft reads the program as it stands, top
# to bottom)" (line 6). CPython 3.11.7 prints 32.
from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=1) as ex:
    value = ex.submit(pow, 2, 5).result()
print(value)
