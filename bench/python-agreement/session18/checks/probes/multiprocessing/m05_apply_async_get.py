from multiprocessing import Pool

def square(n):
    return n * n

if __name__ == "__main__":
    with Pool(2) as pool:
        handles = [pool.apply_async(square, (i,)) for i in range(4)]
        values = [h.get() for h in handles]
