# A list's bound append submitted to a thread pool.
from concurrent.futures import ThreadPoolExecutor

out = []
with ThreadPoolExecutor(2) as ex:
    ex.submit(out.append, 1)
    ex.submit(out.append, 2)
print(sorted(out))
