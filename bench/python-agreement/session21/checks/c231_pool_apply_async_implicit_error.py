# a multiprocessing Pool job failing implicitly: apply_async's get() re-raises it in the parent
from multiprocessing import Pool

results = []


def invert(n):
    return 60 // n


if __name__ == "__main__":
    with Pool(2) as pool:
        pending = [pool.apply_async(invert, (n,)) for n in (1, 0, 3)]
        for p in pending:
            try:
                results.append(p.get())
            except ZeroDivisionError:
                results.append(-1)
    print(results)
