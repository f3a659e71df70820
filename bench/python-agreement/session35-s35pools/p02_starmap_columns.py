# starmap over a name bound once to a display of tuples, and over a comprehension of tuple displays.
from multiprocessing import Pool

RATES = [("a", 2, 3), ("b", 4, 5), ("c", 6, 7)]
total = 0
labelled = 0


def area(width, height):
    return width * height


def scaled(tag, base, factor):
    return f"{tag}={base * factor}"


def main():
    global total, labelled
    pairs = [(2, 10), (3, 4), (5, 3)]
    with Pool(processes=2) as pool:
        areas = pool.starmap(area, pairs)
        labels = pool.starmap(scaled, [(tag, b, f) for tag, b, f in RATES if b > 2])
        squares = pool.starmap(area, [(n, n) for n in range(1, 4)])
    total = sum(areas) + sum(squares)
    labelled = len(labels)
    print("areas", areas, "labels", labels, "squares", squares)


if __name__ == "__main__":
    main()
