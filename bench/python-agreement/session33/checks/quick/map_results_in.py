from concurrent.futures import ThreadPoolExecutor
out = []
def f(n):
    return n * 2
with ThreadPoolExecutor(2) as ex:
    res = list(ex.map(f, [1, 2]))
out.append(4 in res)
out.append(res.index(4))
a, b = res
out.append(a + b)
print(out)
