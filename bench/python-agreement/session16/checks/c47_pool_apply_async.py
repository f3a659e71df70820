# check: Pool.apply_async results collected with get()
from multiprocessing import Pool


def cube(x):
    return x * x * x


cubes = []

if __name__ == "__main__":
    with Pool(2) as pool:
        pending = [pool.apply_async(cube, (n,)) for n in range(1, 4)]
        cubes = [p.get() for p in pending]
    print(cubes)
    assert cubes == [1, 8, 27]
