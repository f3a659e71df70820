"""chunksize in a for loop over the results, zipped with their inputs, a global dict written per item.

The process pool's function only computes; the parent's loop writes each result as it comes, so
the dict is complete and ordered by input after the loop whatever the chunks are."""
from concurrent.futures import ProcessPoolExecutor

squares: dict[int, int] = {}
inputs = [3, 1, 4, 1, 5, 9, 2, 6]


def square(n: int) -> int:
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=3) as executor:
        for n, s in zip(inputs, executor.map(square, inputs, chunksize=4)):
            squares[n] = s
    print(squares)
    assert list(squares) == [3, 1, 4, 5, 9, 2, 6] and squares[9] == 81
