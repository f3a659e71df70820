"""starmap over a comprehension of tuples taken from a list of triples."""
from multiprocessing import Pool

PARCELS = [("a", 2, 3), ("b", 4, 5), ("c", 1, 9)]


def volume(w, h):
    return w * h


if __name__ == "__main__":
    with Pool(2) as pool:
        volumes = pool.starmap(volume, [(w, h) for _, w, h in PARCELS])
    print(volumes, sum(volumes))
