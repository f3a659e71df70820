"""Comprehensions with conditions, enumerate(start=1), zip truncation, nested comprehension, in a thread."""
import threading

NUMS = [3, 8, 1, 9, 4]
evens = []
ranked = []
pairs = []
flat = []
squares = {}


def build():
    global evens, ranked, pairs, flat, squares
    ranked = [f"{i}:{n}" for i, n in enumerate(sorted(NUMS), start=1)]
    pairs = [a * b for a, b in zip(NUMS, [1, 2, 3])]
    flat = [x * y for x in range(1, 3) for y in range(1, 3)]
    squares = {str(n): n * n for n in NUMS}


if __name__ == "__main__":
    t = threading.Thread(target=build)
    t.start()
    t.join()
