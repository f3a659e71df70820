# BUG: race: pool workers update a shared tally with a read, a call and a write, without a lock
from concurrent.futures import ThreadPoolExecutor

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]

tally = {"letters": 0, "jobs": 0}


def count_letters(word):
    letters = tally["letters"]
    letters += len(word)
    tally["letters"] = letters
    tally["jobs"] += 1
    return len(word)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        lengths = list(pool.map(count_letters, WORDS))
    assert tally["letters"] == sum(lengths), f"lost update: {tally['letters']}"
