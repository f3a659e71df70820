"""multiprocessing.Pool: map for word lengths, imap for running totals, apply_async with a callback."""
from multiprocessing import Pool


def word_score(word: str) -> int:
    return sum(ord(c) - ord("a") + 1 for c in word)


def square(n: int) -> int:
    return n * n


scores: list[int] = []
squares: list[int] = []
callback_values: list[int] = []

if __name__ == "__main__":
    words = ["abc", "zz", "python", "gil"]
    with Pool(processes=2) as pool:
        scores = pool.map(word_score, words)
        squares = list(pool.imap(square, range(5)))
        pending = pool.apply_async(word_score, ("thread",))
        callback_values.append(pending.get(timeout=2))
    best = words[scores.index(max(scores))]
    print(f"scores={scores} best={best!r} squares={squares} callback={callback_values}")
    assert scores == [6, 52, 98, 28] and squares == [0, 1, 4, 9, 16]
    assert callback_values == [word_score("thread")]
