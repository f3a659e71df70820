from multiprocessing import Pool


def area(width: int, height: int) -> int:
    return width * height


def cube(n: int) -> int:
    return n ** 3


areas: list[int] = []
cube_total = 0

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        areas = pool.starmap(area, [(2, 3), (4, 5), (6, 7)])
        for value in pool.imap_unordered(cube, range(1, 4)):
            cube_total += value
    print(f"areas={areas} cube_total={cube_total}")
    assert areas == [6, 20, 42] and cube_total == 36
