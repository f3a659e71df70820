from multiprocessing import Pool
def f(n):
    return n * 2
if __name__ == '__main__':
    with Pool(2) as p:
        res = p.map(f, [1, 2])
    found = 4 in res
    a, b = res
    print(found, a + b)
