"""`imap` over a `zip` of a known list and a list of string results (f-strings)."""
from multiprocessing import Pool


def label(n):
    return f"item-{n}"


def shout(pair):
    name, n = pair
    return name.upper() + "!" * n


if __name__ == "__main__":
    counts = [1, 2, 3]
    with Pool(processes=2) as pool:
        labels = pool.map(label, counts)
        shouted = list(pool.imap(shout, zip(labels, counts)))
    print(", ".join(shouted))
    assert shouted == ["ITEM-1!", "ITEM-2!!", "ITEM-3!!!"]
