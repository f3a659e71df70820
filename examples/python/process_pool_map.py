"""multiprocessing.Pool.map: four CPU jobs on two worker processes; `map` waits for every result and gives
them in the order of the items."""
import multiprocessing

total = 0


def burn():  # weft: cpu 10ms
    count = 0
    for step in range(150_000):
        count += step % 7
    return count


def square(n):
    burn()
    return n * n


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        squares = pool.map(square, range(4))
    total = sum(squares)
    print("total:", total)
