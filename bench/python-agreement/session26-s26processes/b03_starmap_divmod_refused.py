"""Refused at the builtin: `divmod` gives a tuple weft does not compute; `starmap` of a builtin taking two arguments."""
from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(processes=2) as pool:
        pairs = pool.starmap(divmod, [(7, 2), (9, 4)])
    print(pairs)
