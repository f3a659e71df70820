from concurrent.futures import ProcessPoolExecutor
def bad(n):
    raise ValueError(n)
if __name__ == '__main__':
    out = []
    with ProcessPoolExecutor(1) as ex:
        f = ex.submit(bad, 3)
        try:
            f.result()
        except ValueError:
            out.append('caught')
    print(out)
