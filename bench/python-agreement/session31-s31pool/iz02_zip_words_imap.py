"""for word, score in zip(words, pool.imap(score, words)) with a module list of words, a dict filled per pair.

The dict's insertion order is the words' order (imap keeps input order), whatever order the two
workers finish in."""
from multiprocessing import Pool

words = ["gil", "pool", "queue", "lock"]
scores = {}


def score(word):
    return sum(ord(c) - 96 for c in word)


if __name__ == "__main__":
    with Pool(2) as pool:
        for word, value in zip(words, pool.imap(score, words)):
            scores[word] = value
    best = max(scores, key=scores.get)
    print(scores, best)
    assert list(scores) == words and best == "queue"
