# A declared global rebound to a map's results: a Pool's starmap and map, and list(ex.map(...)) of a
# thread pool, each stored whole once every result is in.
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool

powers = []
squares = [0, 0, 0]
lengths = []


def power(base, exponent):
    return base ** exponent


def square(n):
    return n * n


def length(word):
    return len(word)


def main():
    global powers, squares, lengths
    with Pool(processes=2) as pool:
        powers = pool.starmap(power, [(2, 10), (3, 4), (5, 3)])
        squares = pool.map(square, range(3))
    with ThreadPoolExecutor(max_workers=2) as executor:
        lengths = list(executor.map(length, ["a", "bb", "ccc", "dddd"]))
    print("powers", powers, "squares", squares, "lengths", lengths)


if __name__ == "__main__":
    main()
