"""Comprehensions with conditions, enumerate(start=1), zip truncation, nested comprehension, in a thread."""
import threading

out = {}


def build():
    nums = [3, 8, 1, 9, 4]
    out["evens"] = [n for n in nums if n % 2 == 0]
    out["ranked"] = [f"{i}:{n}" for i, n in enumerate(sorted(nums), start=1)]
    out["pairs"] = [a * b for a, b in zip(nums, [1, 2, 3])]
    out["flat"] = [x * y for x in range(1, 3) for y in range(1, 3)]
    out["squares"] = {str(n): n * n for n in nums if n > 3}


if __name__ == "__main__":
    t = threading.Thread(target=build)
    t.start()
    t.join()
    evens = out["evens"]
    ranked = out["ranked"]
    pairs = out["pairs"]
    flat = out["flat"]
    squares = out["squares"]
