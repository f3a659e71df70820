from multiprocessing import Pool


def cube(x):
    return x ** 3


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        cubes = pool.map(cube, [1, 2, 3, 4])
    total = sum(cubes)
    first = cubes[0]
    last = cubes[-1]
    print(total, first, last)
