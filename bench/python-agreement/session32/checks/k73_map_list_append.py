# executor.map(out.append, items) consumed by list().
from concurrent.futures import ThreadPoolExecutor

out = []
with ThreadPoolExecutor(2) as ex:
    list(ex.map(out.append, [1, 2, 3]))
print(sorted(out))
